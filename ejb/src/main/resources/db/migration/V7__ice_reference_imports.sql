-- Reference data from ICE's own files (issue 7): 287(g) agreements per agency and model, the Detention Statistics'
-- facility details, and a record of every reference import (what file, as of when, what it changed).

create sequence agreement_287g_seq start with 1 increment by 50;
create table agreement_287g (
    id              bigint       not null primary key,
    version         integer      not null,
    jurisdiction_id bigint       not null references jurisdiction (id),
    state_code      char(2)      not null,
    agency          varchar(200) not null,
    agency_type     varchar(20)  not null,
    county          varchar(100),
    support_type    varchar(30)  not null,
    signed_on       date,
    moa_url         varchar(500),
    addendum_url    varchar(500),
    listed_since    date         not null,
    last_listed     date         not null,
    ended_on        date,
    constraint agreement_287g_key unique (state_code, agency, support_type),
    constraint agreement_287g_type_known check (agency_type in ('COUNTY', 'MUNICIPALITY', 'STATE_AGENCY', 'STATE')),
    constraint agreement_287g_support_known check (support_type in ('JAIL_ENFORCEMENT_MODEL', 'TASK_FORCE_MODEL', 'WARRANT_SERVICE_OFFICER'))
);
create index agreement_287g_jurisdiction_idx on agreement_287g (jurisdiction_id);

alter table facility add column address varchar(200);
alter table facility add column zip varchar(10);
alter table facility add column aor varchar(10);
alter table facility add column ice_type varchar(20);
alter table facility add column guaranteed_minimum integer;
alter table facility add column average_daily_population numeric(10, 2);
alter table facility add column ice_listed_since date;
alter table facility add column ice_last_listed date;
alter table facility add column ice_ended_on date;
create index facility_name_state_idx on facility (name, state_code);

create sequence reference_import_seq start with 1 increment by 50;
create table reference_import (
    id          bigint       not null primary key,
    kind        varchar(30)  not null,
    file_name   varchar(200) not null,
    sha256      varchar(64)  not null,
    as_of       date         not null,
    imported_at timestamp    not null,
    imported_by varchar(64)  not null,
    row_count   integer      not null,
    added       integer      not null,
    updated     integer      not null,
    ended       integer      not null,
    skipped     integer      not null
);
create index reference_import_kind_idx on reference_import (kind, as_of);

alter table facility_aud add column address varchar(200);
alter table facility_aud add column zip varchar(10);
alter table facility_aud add column aor varchar(10);
alter table facility_aud add column ice_type varchar(20);
alter table facility_aud add column guaranteed_minimum integer;
alter table facility_aud add column average_daily_population numeric(10, 2);
alter table facility_aud add column ice_listed_since date;
alter table facility_aud add column ice_last_listed date;
alter table facility_aud add column ice_ended_on date;
