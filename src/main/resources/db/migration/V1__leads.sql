-- The application's own tables carry the prefix bb_; Camunda's ACT_* tables are managed by the engine.
create table bb_lead (
    id                  varchar(36)   not null primary key,
    company             varchar(200)  not null,
    contact_email       varchar(320)  not null,
    industry            varchar(100),
    employees           integer,
    annual_budget       bigint,
    website             varchar(500),
    notes               varchar(4000),
    source              varchar(20),
    process_instance_id varchar(64)   not null,
    idempotency_key     varchar(255),
    request_fingerprint varchar(64),
    created_at          timestamp     not null,
    constraint uq_bb_lead_idempotency_key unique (idempotency_key)
);

create index ix_bb_lead_process_instance on bb_lead (process_instance_id);
