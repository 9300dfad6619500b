-- Which piece of work made a call (the engine's id of the task, the same each time the task is offered again) and
-- a hash of what it asked: a task offered again after a crash finds the answer it already paid for and uses it
-- instead of asking again; reuses counts how often that happened.
alter table bb_agent_call add column work_item_id varchar(64);
alter table bb_agent_call add column question_hash varchar(64);
alter table bb_agent_call add column reuses integer default 0 not null;

create index ix_bb_agent_call_work_item on bb_agent_call (work_item_id, question_hash);
