-- Deals in closing: one row per deal-closing run (business key = id). Documents stay in bb_deliverable*, the
-- conversation with the client in bb_deal_message; the process keeps only ids, prices, counters and decisions.
create table bb_deal (
    id                  varchar(36)   not null primary key,
    lead_id             varchar(36),
    company             varchar(200)  not null,
    contact_name        varchar(200),
    contact_email       varchar(320)  not null,
    industry            varchar(100),
    employees           integer,
    annual_budget       bigint,
    notes               varchar(4000),
    risk                varchar(10)   not null,
    status              varchar(10)   not null,
    lost_reason         varchar(2000),
    needs_summary       varchar(4000),
    needs_scope         varchar(4000),
    envelope_id         varchar(100),
    invoice_number      varchar(100),
    project_brief       text,
    process_instance_id varchar(64)   not null,
    created_at          timestamp     not null,
    closed_at           timestamp
);

create index ix_bb_deal_process_instance on bb_deal (process_instance_id);
create index ix_bb_deal_envelope on bb_deal (envelope_id);
create unique index uq_bb_deal_lead on bb_deal (lead_id);

create table bb_deal_message (
    id         varchar(36)  not null primary key,
    deal_id    varchar(36)  not null,
    direction  varchar(3)   not null,
    kind       varchar(30)  not null,
    text       text         not null,
    created_at timestamp    not null,
    constraint fk_bb_deal_message_deal foreign key (deal_id) references bb_deal (id)
);

create index ix_bb_deal_message_deal on bb_deal_message (deal_id, created_at);
