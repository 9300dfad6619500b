-- The read model: where every top-level run stands, kept by the engine adapter from the engine's history events in
-- the engine's own transaction (active steps and open incidents as JSON), so views never query engine history.
create table bb_run (
    run_id          varchar(64)  not null primary key,
    process_id      varchar(255) not null,
    correlation_key varchar(255),
    status          varchar(12)  not null,
    active          text         not null,
    incidents       text         not null,
    end_activity_id varchar(255),
    started_at      timestamp    not null,
    ended_at        timestamp,
    updated_at      timestamp    not null
);

create index ix_bb_run_correlation on bb_run (correlation_key);
create index ix_bb_run_process_status on bb_run (process_id, status, updated_at);

-- Every CEO gate: when it opened, what it was about, and what the CEO decided (or that it was withdrawn).
create table bb_gate (
    id              varchar(64)   not null primary key,
    gate            varchar(255)  not null,
    name            varchar(255),
    process_id      varchar(255)  not null,
    run_id          varchar(64)   not null,
    correlation_key varchar(255),
    summary         varchar(4000),
    status          varchar(10)   not null,
    opened_at       timestamp     not null,
    closed_at       timestamp,
    decision        varchar(20),
    comment         varchar(4000),
    decided_by      varchar(255)
);

create index ix_bb_gate_correlation on bb_gate (correlation_key, opened_at);
create index ix_bb_gate_status on bb_gate (status, opened_at);

-- One home for a lead's state: what discovery found and decided, and where its run stands.
alter table bb_lead add column status varchar(40);
alter table bb_lead add column current_step varchar(1000);
alter table bb_lead add column incident varchar(4000);
alter table bb_lead add column market_segment varchar(100);
alter table bb_lead add column market_summary varchar(1000);
alter table bb_lead add column digital_footprint varchar(10);
alter table bb_lead add column company_profile varchar(1000);
alter table bb_lead add column disqualification_reason varchar(1000);
alter table bb_lead add column score integer;
alter table bb_lead add column tier varchar(10);
alter table bb_lead add column next_step varchar(200);
alter table bb_lead add column score_factors text;
alter table bb_lead add column nurture_round integer;
alter table bb_lead add column outcome_reason varchar(2000);
alter table bb_lead add column deal_id varchar(36);
alter table bb_lead add column updated_at timestamp;

create index ix_bb_lead_status on bb_lead (status, created_at);
create index ix_bb_lead_tier on bb_lead (tier, created_at);
create index ix_bb_lead_created on bb_lead (created_at);

-- One home for a deal's state: its stage and terms, where its run stands.
alter table bb_deal add column stage varchar(30);
alter table bb_deal add column current_step varchar(1000);
alter table bb_deal add column incident varchar(4000);
alter table bb_deal add column price integer;
alter table bb_deal add column discount_percent integer;
alter table bb_deal add column margin_percent integer;
alter table bb_deal add column delivery_weeks integer;
alter table bb_deal add column updated_at timestamp;

create index ix_bb_deal_status on bb_deal (status, created_at);
create index ix_bb_deal_stage on bb_deal (stage, created_at);
create index ix_bb_deal_created on bb_deal (created_at);
