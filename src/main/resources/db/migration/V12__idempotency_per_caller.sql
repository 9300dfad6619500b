-- An Idempotency-Key belongs to the caller who sent it: two callers using the same key get two leads (or deals),
-- and no caller gets another's lead back by sending its key. Rows created before keep their key without a caller.
alter table bb_lead add column submitted_by varchar(100);
alter table bb_lead drop constraint uq_bb_lead_idempotency_key;
alter table bb_lead add constraint uq_bb_lead_caller_key unique (submitted_by, idempotency_key);

alter table bb_deal add column submitted_by varchar(100);
drop index uq_bb_deal_idempotency_key;
create unique index uq_bb_deal_caller_key on bb_deal (submitted_by, idempotency_key);
