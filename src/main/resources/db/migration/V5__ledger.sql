-- The accounting ledger (com.businessbuilder.accounting). The offline provider keeps its customers and invoices here;
-- the QuickBooks provider records what it created there, so a retried task finds its invoice without asking again.
create table bb_ledger_customer (
    provider        varchar(20)  not null,
    id              varchar(64)  not null,
    idempotency_key varchar(255) not null,
    display_name    varchar(255) not null,
    contact_email   varchar(255),
    created_at      timestamp    not null,
    constraint pk_bb_ledger_customer primary key (provider, id),
    constraint uq_bb_ledger_customer_key unique (provider, idempotency_key)
);

create table bb_ledger_invoice (
    provider        varchar(20)    not null,
    id              varchar(64)    not null,
    idempotency_key varchar(255)   not null,
    number          varchar(64)    not null,
    customer_id     varchar(64)    not null,
    deal_id         varchar(255),
    total           numeric(19, 2) not null,
    currency        varchar(3)     not null,
    due_date        date,
    request_id      varchar(64),
    created_at      timestamp      not null,
    constraint pk_bb_ledger_invoice primary key (provider, id),
    constraint uq_bb_ledger_invoice_key unique (provider, idempotency_key),
    constraint uq_bb_ledger_invoice_number unique (provider, number)
);

create table bb_ledger_invoice_line (
    provider    varchar(20)    not null,
    invoice_id  varchar(64)    not null,
    position    integer        not null,
    description varchar(1000)  not null,
    amount      numeric(19, 2) not null,
    constraint pk_bb_ledger_invoice_line primary key (provider, invoice_id, position),
    constraint fk_bb_ledger_invoice_line_invoice foreign key (provider, invoice_id)
        references bb_ledger_invoice (provider, id)
);

-- One row per invoice series (<prefix>-<year>); the row lock of its update makes numbers sequential and unique.
create table bb_ledger_invoice_series (
    series      varchar(64) not null primary key,
    last_number integer     not null
);

-- Payments reported by the provider's webhook; a replayed notification finds its payment here and is ignored.
create table bb_ledger_payment (
    provider    varchar(20)    not null,
    payment_id  varchar(64)    not null,
    invoice_id  varchar(64),
    amount      numeric(19, 2),
    received_at timestamp      not null,
    constraint pk_bb_ledger_payment primary key (provider, payment_id)
);

-- The newest QuickBooks refresh token (Intuit rotates it), so a restart does not fall back to a superseded one.
-- configured_fingerprint: SHA-256 of the configured token it descends from; a newly configured token wins.
create table bb_accounting_oauth (
    realm_id               varchar(64)   not null primary key,
    configured_fingerprint varchar(64)   not null,
    refresh_token          varchar(2000) not null,
    updated_at             timestamp     not null
);
