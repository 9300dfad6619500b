-- Contracts sent for signature. The row is written BEFORE the provider is called: a retry that finds it without an
-- envelope id knows the first call may have reached the provider and looks there first (nothing is sent twice).
create table bb_signature_envelope (
    idempotency_key varchar(200) not null primary key,
    deal_id         varchar(100) not null,
    provider        varchar(20)  not null,
    envelope_id     varchar(100),
    status          varchar(30)  not null,
    created_at      timestamp    not null,
    updated_at      timestamp    not null,
    constraint uq_bb_signature_envelope_envelope unique (envelope_id)
);

create index ix_bb_signature_envelope_deal on bb_signature_envelope (deal_id);

-- Status changes already acted on (webhook or polling): the same envelope and status a second time is a replay.
create table bb_signature_event (
    envelope_id varchar(100) not null,
    status      varchar(30)  not null,
    source      varchar(20)  not null,
    received_at timestamp    not null,
    constraint pk_bb_signature_event primary key (envelope_id, status)
);

-- Offline: the countersigned contract the CEO uploaded, kept here rather than as a process variable.
create table bb_countersigned_contract (
    envelope_id varchar(100) not null primary key,
    file_name   varchar(255) not null,
    content     bytea        not null,
    recorded_by varchar(100),
    recorded_at timestamp    not null
);
