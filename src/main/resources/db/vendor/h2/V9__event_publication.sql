-- Spring Modulith's event publication registry: an event is stored here in the transaction that published it,
-- once per listener, and marked complete when the listener succeeded; incomplete ones are delivered again.
-- (H2: the serialized event is compared when a publication completes, so it is a long varchar, not a CLOB.)
create table event_publication (
    id               uuid                     not null primary key,
    listener_id      varchar(512)             not null,
    event_type       varchar(512)             not null,
    serialized_event varchar(1000000)         not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);

create index event_publication_by_listener_and_event on event_publication (listener_id, serialized_event);
create index event_publication_by_completion_date on event_publication (completion_date);
