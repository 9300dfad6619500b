-- Spring Modulith's event publication registry: an event is stored here in the transaction that published it,
-- once per listener, and marked complete when the listener succeeded; incomplete ones are delivered again.
create table event_publication (
    id               uuid                     not null primary key,
    listener_id      text                     not null,
    event_type       text                     not null,
    serialized_event text                     not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);

-- a serialized event can be longer than a b-tree entry may be
create index event_publication_serialized_event_hash on event_publication using hash (serialized_event);
create index event_publication_by_completion_date on event_publication (completion_date);
