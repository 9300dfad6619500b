-- Client e-mail. Every mail is recorded under its idempotency key before anything goes out, so a retried task finds
-- the first attempt and sends nothing twice. channel: smtp (sent through the SMTP server) | outbox (queued here for
-- someone or something else to send). status: SENDING -> SENT | FAILED (smtp), QUEUED (outbox).
create table bb_mail (
    id               varchar(36)  not null primary key,
    idempotency_key  varchar(255) not null,
    deal_id          varchar(64),
    recipient        varchar(320) not null,
    subject          varchar(998) not null,
    body             text         not null,
    attachment_names text,
    message_id       varchar(255) not null,
    channel          varchar(10)  not null,
    status           varchar(10)  not null,
    created_at       timestamp    not null,
    sent_at          timestamp,
    constraint uq_bb_mail_idempotency_key unique (idempotency_key)
);

create index ix_bb_mail_deal on bb_mail (deal_id);

-- The files of outbox mails, so whoever sends the outbox has everything. SMTP mails keep only the names.
-- bytea: PostgreSQL's binary type; H2 accepts it as an alias of BINARY VARYING (up to 1 GB).
create table bb_mail_attachment (
    mail_id      varchar(36)  not null,
    seq_no       integer      not null,
    file_name    varchar(255) not null,
    content_type varchar(255) not null,
    content      bytea        not null,
    constraint pk_bb_mail_attachment primary key (mail_id, seq_no),
    constraint fk_bb_mail_attachment_mail foreign key (mail_id) references bb_mail (id)
);

-- Client documents (proposal, contract, the countersigned contract), every version kept; processes refer to them by
-- id and never carry the bytes as variables.
create table bb_document (
    id         varchar(36)  not null primary key,
    deal_id    varchar(64)  not null,
    kind       varchar(20)  not null,
    version    integer      not null,
    file_name  varchar(255) not null,
    size_bytes integer      not null,
    content    bytea        not null,
    created_at timestamp    not null,
    constraint uq_bb_document_version unique (deal_id, kind, version)
);
