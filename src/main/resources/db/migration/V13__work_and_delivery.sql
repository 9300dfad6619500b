-- Planned work (module work): the tasks of a project's or an initiative's plan. Acceptance criteria, dependencies
-- and the requirements a task covers are JSON arrays; the output lives in bb_deliverable*.
create table bb_work_task (
    id                  varchar(36)    not null primary key,
    owner_key           varchar(36)    not null,
    task_key            varchar(40)    not null,
    title               varchar(200)   not null,
    description         varchar(4000)  not null,
    acceptance_criteria text           not null,
    producer_role       varchar(100)   not null,
    reviewer_role       varchar(100)   not null,
    priority            integer        not null,
    estimate_hours      numeric(8, 2)  not null,
    depends_on          text           not null,
    task_group          varchar(100),
    covers              text           not null,
    status              varchar(10)    not null,
    deliverable_id      varchar(36),
    qa_score            integer,
    attempts            integer        not null,
    reworks             integer        not null,
    outcome_reason      varchar(4000),
    created_at          timestamp      not null,
    updated_at          timestamp      not null,
    constraint uq_bb_work_task_key unique (owner_key, task_key)
);

create index ix_bb_work_task_owner on bb_work_task (owner_key, status);

-- Service delivery: one row per project (business key = id), its milestones and the changes the client asked for.
create table bb_project (
    id                   varchar(36)    not null primary key,
    deal_id              varchar(36),
    company              varchar(200)   not null,
    contact_name         varchar(200),
    contact_email        varchar(320)   not null,
    brief                text           not null,
    requirements         text           not null,
    price                numeric(12, 2) not null,
    currency             varchar(3)     not null,
    deposit_invoiced     numeric(12, 2) not null,
    delivery_weeks       integer        not null,
    risk                 varchar(10)    not null,
    status               varchar(10)    not null,
    stage                varchar(20)    not null,
    current_step         varchar(500),
    incident             varchar(2000),
    response_hours       integer        not null,
    due_date             date           not null,
    plan_problems        varchar(4000),
    replan_reason        varchar(4000),
    review_round         integer        not null,
    review_findings      varchar(4000),
    document_id          varchar(36),
    rating               integer,
    feedback             varchar(4000),
    case_study           text,
    stop_reason          varchar(2000),
    process_instance_id  varchar(64)    not null,
    submitted_by         varchar(100),
    idempotency_key      varchar(255),
    request_fingerprint  varchar(64),
    created_at           timestamp      not null,
    updated_at           timestamp      not null,
    delivered_at         timestamp
);

create unique index uq_bb_project_deal on bb_project (deal_id);
create unique index uq_bb_project_caller_key on bb_project (submitted_by, idempotency_key);
create index ix_bb_project_status on bb_project (status, created_at);

create table bb_project_milestone (
    id              varchar(36)    not null primary key,
    project_id      varchar(36)    not null,
    seq             integer        not null,
    name            varchar(200)   not null,
    due_date        date           not null,
    amount          numeric(12, 2) not null,
    change_amount   numeric(12, 2) not null,
    status          varchar(10)    not null,
    reported_at     timestamp,
    accepted_at     timestamp,
    invoice_number  varchar(100),
    escalated_at    timestamp,
    constraint uq_bb_project_milestone unique (project_id, seq)
);

create table bb_project_change (
    id              varchar(36)    not null primary key,
    project_id      varchar(36)    not null,
    request         varchar(4000)  not null,
    impact          varchar(4000),
    added_hours     numeric(8, 2),
    price           numeric(12, 2),
    status          varchar(10)    not null,
    decided_at      timestamp,
    created_at      timestamp      not null
);

create index ix_bb_project_change on bb_project_change (project_id, created_at);
