-- Every call an agent made to a model: the audit trail, the cost, and what budgets count.
create table bb_agent_call (
    id                  varchar(36)    not null primary key,
    pipeline_key        varchar(255),
    process_instance_id varchar(64),
    activity_id         varchar(255),
    role_id             varchar(100)   not null,
    task                varchar(100)   not null,
    provider            varchar(20)    not null,
    model               varchar(200),
    system_prompt       text,
    prompt              text,
    response            text,
    input_tokens        integer,
    output_tokens       integer,
    cost                numeric(14, 6) not null,
    latency_ms          bigint         not null,
    outcome             varchar(20)    not null,
    error               varchar(2000),
    offline             boolean        not null,
    created_at          timestamp      not null
);

create index ix_bb_agent_call_process_instance on bb_agent_call (process_instance_id);
create index ix_bb_agent_call_pipeline on bb_agent_call (pipeline_key);
