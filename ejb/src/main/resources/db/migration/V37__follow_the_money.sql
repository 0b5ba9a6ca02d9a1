-- Follow the money (issue 14; the toolkit's "Follow the Money: Local Costs of Immigration Enforcement"): per
-- jurisdiction and fiscal year, the SCAAP money its jail received and the jail's budget, with the source, so that the
-- share of the budget SCAAP pays is computed rather than typed. IGSA bed money is estimated from the facilities'
-- contracts (beds, rate per bed per day), which are already recorded. Public figures; every change is a revision.
create sequence jail_money_seq start with 1 increment by 50;

create table jail_money (
    id              bigint         not null primary key,
    version         integer        not null,
    jurisdiction_id bigint         not null references jurisdiction (id),
    fiscal_year     integer        not null,
    scaap_received  numeric(16, 2),
    jail_budget     numeric(16, 2),
    source          varchar(300),
    notes           varchar(2000),
    updated_by      varchar(64)    not null,
    updated_at      timestamp      not null,
    constraint jail_money_year_once unique (jurisdiction_id, fiscal_year),
    constraint jail_money_year_sane check (fiscal_year between 1990 and 2100),
    constraint jail_money_not_negative check ((scaap_received is null or scaap_received >= 0)
                                              and (jail_budget is null or jail_budget > 0))
);

create table jail_money_aud (
    id              bigint not null,
    rev             bigint not null references revision (id),
    revtype         smallint,
    version         integer,
    jurisdiction_id bigint,
    fiscal_year     integer,
    scaap_received  numeric(16, 2),
    jail_budget     numeric(16, 2),
    source          varchar(300),
    notes           varchar(2000),
    updated_by      varchar(64),
    updated_at      timestamp,
    primary key (id, rev)
);
