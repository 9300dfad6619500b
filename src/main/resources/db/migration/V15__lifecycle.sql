-- Business lifecycle: one row per initiative (business key = id), the CEO's messages to it, the operations cycles,
-- the department monitors' KPI snapshots and findings. An initiative's tasks are bb_work_task rows (owner_key = id).
create table bb_initiative (
    id                    varchar(36)    not null primary key,
    goal                  varchar(2000)  not null,
    constraints_text      text           not null,
    budget                numeric(12, 2) not null,
    currency              varchar(3)     not null,
    deadline              date           not null,
    status                varchar(10)    not null,
    phase                 varchar(20)    not null,
    current_step          varchar(500),
    incident              varchar(2000),
    analysis              text,
    team                  text,
    missing_capabilities  varchar(4000),
    cost_estimate         numeric(12, 2),
    timeline_days         integer,
    approved_cost         numeric(12, 2),
    approved_days         integer,
    plan_problems         varchar(4000),
    replan_reason         varchar(4000),
    readiness             varchar(2000),
    process_instance_id   varchar(64)    not null,
    submitted_by          varchar(100),
    idempotency_key       varchar(255),
    request_fingerprint   varchar(64),
    created_at            timestamp      not null,
    updated_at            timestamp      not null,
    launched_at           timestamp,
    ended_at              timestamp
);

create unique index uq_bb_initiative_caller_key on bb_initiative (submitted_by, idempotency_key);
create index ix_bb_initiative_status on bb_initiative (status, created_at);

create table bb_initiative_message (
    id              varchar(36)    not null primary key,
    initiative_id   varchar(36)    not null,
    type            varchar(20)    not null,
    text            varchar(4000),
    sent_by         varchar(100),
    created_at      timestamp      not null
);

create index ix_bb_initiative_message on bb_initiative_message (initiative_id, created_at);

-- One row per operations cycle; the work item that opened it makes a retried "open the cycle" find its period.
create table bb_operations_cycle (
    initiative_id   varchar(36)    not null,
    period          integer        not null,
    opened_by       varchar(64)    not null,
    opened_at       timestamp      not null,
    constraint pk_bb_operations_cycle primary key (initiative_id, period),
    constraint uq_bb_operations_cycle_opener unique (opened_by)
);

create table bb_kpi_snapshot (
    id              varchar(36)    not null primary key,
    initiative_id   varchar(36)    not null,
    department      varchar(40)    not null,
    period          integer        not null,
    kpi             varchar(100)   not null,
    kpi_value       numeric(14, 2) not null,
    unit            varchar(20)    not null,
    taken_at        timestamp      not null,
    constraint uq_bb_kpi_snapshot unique (initiative_id, department, period, kpi)
);

create table bb_initiative_finding (
    id              varchar(36)    not null primary key,
    initiative_id   varchar(36)    not null,
    department      varchar(40)    not null,
    period          integer        not null,
    finding_key     varchar(100)   not null,
    summary         varchar(2000)  not null,
    work_task_key   varchar(40),
    created_at      timestamp      not null,
    constraint uq_bb_initiative_finding unique (initiative_id, department, period, finding_key)
);

-- The milestone a task leads to, where the plan names milestones (the lifecycle's; delivery's are the task groups).
alter table bb_work_task add column milestone varchar(100);

-- A CEO message is taken in by the run once ("Take in the instruction"); a pending one is not stored twice.
alter table bb_initiative_message add column taken_in_at timestamp;
