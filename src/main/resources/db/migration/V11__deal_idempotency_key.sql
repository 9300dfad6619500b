-- POST /api/deals takes an Idempotency-Key like POST /api/leads: a retried request returns the first deal.
alter table bb_deal add column idempotency_key varchar(255);
alter table bb_deal add column request_fingerprint varchar(64);

create unique index uq_bb_deal_idempotency_key on bb_deal (idempotency_key);
