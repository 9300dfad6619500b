-- Notifications to people (a gate opened, a reminder, the daily digest): one row per notification, claimed before
-- it goes out and marked SENT once every channel took it, so a redelivered event or a second scheduler sends
-- nothing twice; FAILED ones are tried again. The mails themselves are in bb_mail (idempotency key per recipient).
create table bb_notification (
    id         varchar(255)  not null primary key,
    kind       varchar(30)   not null,
    status     varchar(10)   not null,
    attempts   integer       not null,
    last_error varchar(2000),
    created_at timestamp     not null,
    claimed_at timestamp     not null,
    sent_at    timestamp
);

-- the command center's agent spend per day
create index ix_bb_agent_call_created on bb_agent_call (created_at);
