-- Deliverables agents write and QA reviews. Every version is kept with its content and its QA report, so documents
-- never travel as process variables; the quality-gate run refers to a deliverable by its id.
create table bb_deliverable (
    id                  varchar(36)  not null primary key,
    type                varchar(100) not null,
    pipeline_key        varchar(255),
    process_instance_id varchar(64),
    producer_role       varchar(100) not null,
    qa_role             varchar(100) not null,
    brief               text         not null,
    status              varchar(20)  not null,
    final_version       integer,
    created_at          timestamp    not null,
    updated_at          timestamp    not null
);

create index ix_bb_deliverable_pipeline on bb_deliverable (pipeline_key);
create index ix_bb_deliverable_process_instance on bb_deliverable (process_instance_id);

create table bb_deliverable_version (
    deliverable_id varchar(36) not null,
    version        integer     not null,
    content        text        not null,
    instructions   text,
    qa_report      text,
    qa_passed      boolean,
    qa_score       integer,
    created_at     timestamp   not null,
    reviewed_at    timestamp,
    constraint pk_bb_deliverable_version primary key (deliverable_id, version),
    constraint fk_bb_deliverable_version_deliverable foreign key (deliverable_id) references bb_deliverable (id)
);
