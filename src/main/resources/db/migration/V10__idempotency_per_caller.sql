-- An Idempotency-Key belongs to the caller who sent it: two callers using the same key get two leads, and one
-- caller cannot read another's lead by guessing its key. Leads submitted before keep their key without a caller.
alter table bb_lead add column submitted_by varchar(100);
alter table bb_lead drop constraint uq_bb_lead_idempotency_key;
alter table bb_lead add constraint uq_bb_lead_caller_key unique (submitted_by, idempotency_key);
