-- The agent role catalog (module agent), one row per version of a role: the YAML files under agents/roles are the
-- seed, governance adopts the versions after them. The newest version of a role is the one in force; a retired
-- role's newest version says so, and its earlier versions stay as its history.
create table bb_agent_role_version (
    role_id     varchar(100)  not null,
    version     integer       not null,
    definition  text          not null,
    retired     boolean       not null,
    source      varchar(10)   not null,
    record_id   varchar(36),
    adopted_at  timestamp     not null,
    constraint pk_bb_agent_role_version primary key (role_id, version)
);

-- Governance (module governance): a tension someone raised about a role, one governance run each (business key =
-- id). open_key is set while the tension is open, so the same raiser raising the same tension again finds it.
create table bb_tension (
    id                   varchar(36)    not null primary key,
    raised_by            varchar(100)   not null,
    role_id              varchar(100)   not null,
    what_is              varchar(2000)  not null,
    what_should_be       varchar(2000)  not null,
    status               varchar(10)    not null,
    open_key             varchar(64),
    process_instance_id  varchar(64)    not null,
    idempotency_key      varchar(255),
    request_fingerprint  varchar(64),
    created_at           timestamp      not null,
    settled_at           timestamp
);

create unique index uq_bb_tension_open on bb_tension (open_key);
create unique index uq_bb_tension_caller_key on bb_tension (raised_by, idempotency_key);
create index ix_bb_tension_status on bb_tension (status, created_at);

-- Each revision of a tension's proposal: drafted, amended by an integration round, drafted again on the CEO's
-- request. definition is the role as it would be (JSON), null for a retirement. work_item is the task that wrote it,
-- so a task offered again (a crash, a retry) finds its revision instead of writing another.
create table bb_governance_proposal (
    tension_id   varchar(36)    not null,
    revision     integer        not null,
    work_item    varchar(64),
    change_type  varchar(10)    not null,
    role_id      varchar(100)   not null,
    definition   text,
    based_on     integer        not null,
    rationale    varchar(4000)  not null,
    created_at   timestamp      not null,
    constraint pk_bb_governance_proposal primary key (tension_id, revision)
);

create unique index uq_bb_governance_proposal_work on bb_governance_proposal (tension_id, work_item);

-- The objections the affected roles raised against a revision, each against one criterion (HARM or BACKWARDS).
create table bb_governance_objection (
    tension_id   varchar(36)    not null,
    revision     integer        not null,
    role_id      varchar(100)   not null,
    criterion    varchar(10)    not null,
    reason       varchar(2000)  not null,
    created_at   timestamp      not null,
    constraint pk_bb_governance_objection primary key (tension_id, revision, role_id)
);

-- What the CEO decided on a proposal, by whom and why: one record per settled tension.
create table bb_governance_record (
    id            varchar(36)    not null primary key,
    tension_id    varchar(36)    not null,
    revision      integer        not null,
    change_type   varchar(10)    not null,
    role_id       varchar(100)   not null,
    outcome       varchar(10)    not null,
    role_version  integer,
    summary       varchar(4000)  not null,
    objections    varchar(4000)  not null,
    decided_by    varchar(100)   not null,
    reason        varchar(2000),
    decided_at    timestamp      not null,
    constraint uq_bb_governance_record_tension unique (tension_id)
);

create index ix_bb_governance_record_decided on bb_governance_record (decided_at);
