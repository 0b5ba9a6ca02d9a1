-- Amparo schema, version 1: people, criminal history, reference data, cases, detainers, users, audit.
-- Plain SQL that H2 2.x and PostgreSQL 13+ both accept. Sequences step by 50 (Hibernate's pooled allocation).

create sequence person_seq start with 1 increment by 50;
create sequence arrest_seq start with 1 increment by 50;
create sequence criminal_charge_seq start with 1 increment by 50;
create sequence jurisdiction_seq start with 1 increment by 50;
create sequence facility_seq start with 1 increment by 50;
create sequence detention_case_seq start with 1 increment by 50;
create sequence detainer_seq start with 1 increment by 50;
create sequence audit_event_seq start with 1 increment by 50;

create table person (
    id                 bigint       not null primary key,
    version            integer      not null,
    family_name        varchar(100) not null,
    given_names        varchar(150),
    search_name        varchar(260) not null,
    date_of_birth      date,
    a_number           char(9),
    country_of_origin  varchar(80),
    preferred_language varchar(40),
    created_at         timestamp    not null,
    constraint person_a_number_digits check (a_number is null or length(a_number) = 9)
);
create index person_a_number_idx on person (a_number);
create index person_search_name_idx on person (search_name);
create index person_family_name_idx on person (family_name);

create table arrest (
    id          bigint  not null primary key,
    version     integer not null,
    person_id   bigint  not null references person (id),
    arrested_on date,
    agency      varchar(120)
);
create index arrest_person_idx on arrest (person_id);

create table criminal_charge (
    id                 bigint      not null primary key,
    version            integer     not null,
    arrest_id          bigint      not null references arrest (id),
    description        varchar(200),
    offense_level      varchar(20) not null,
    offense_category   varchar(30) not null,
    disposition        varchar(20) not null,
    disposition_date   date,
    sentence_days      integer,
    sentence_suspended boolean     not null,
    juvenile           boolean     not null,
    aggravated_felony  boolean     not null,
    constraint charge_level_known check (offense_level in ('FELONY', 'MISDEMEANOR', 'INFRACTION')),
    constraint charge_sentence_not_negative check (sentence_days is null or sentence_days >= 0)
);
create index criminal_charge_arrest_idx on criminal_charge (arrest_id);

create table jurisdiction (
    id                 bigint       not null primary key,
    version            integer      not null,
    name               varchar(150) not null,
    jurisdiction_level varchar(10)  not null,
    state_code         char(2)      not null,
    detainer_policy    varchar(40)  not null
);

create table facility (
    id              bigint       not null primary key,
    version         integer      not null,
    name            varchar(200) not null,
    facility_type   varchar(20)  not null,
    operator        varchar(100),
    city            varchar(100),
    state_code      char(2),
    time_zone       varchar(40)  not null,
    jurisdiction_id bigint references jurisdiction (id)
);

create table ice_document_form (
    code                       varchar(20)  not null primary key,
    label                      varchar(120) not null,
    is_detainer                boolean      not null,
    asks_hold                  boolean      not null,
    asks_notification          boolean      not null,
    hold_counts_business_hours boolean      not null,
    active                     boolean      not null
);

create table detention_case (
    id                   bigint      not null primary key,
    version              integer     not null,
    person_id            bigint      not null references person (id),
    facility_id          bigint references facility (id),
    booking_number       varchar(40),
    booked_at            timestamp,
    scheduled_release_at timestamp,
    status               varchar(10) not null,
    workflow_step        varchar(60),
    process_instance_id  varchar(64),
    caseworker           varchar(64),
    attorney             varchar(64),
    opened_at            timestamp   not null,
    closed_at            timestamp,
    outcome              varchar(30),
    opened_by            varchar(64) not null,
    constraint case_release_after_booking check (scheduled_release_at is null or booked_at is null or scheduled_release_at >= booked_at),
    constraint case_closed_has_outcome check (status <> 'CLOSED' or outcome is not null)
);
create index detention_case_person_idx on detention_case (person_id);
create index detention_case_facility_idx on detention_case (facility_id);
create index detention_case_status_step_idx on detention_case (status, workflow_step);
create index detention_case_caseworker_idx on detention_case (caseworker);
create index detention_case_booking_idx on detention_case (booking_number);

create table detainer (
    id               bigint      not null primary key,
    version          integer     not null,
    case_id          bigint      not null references detention_case (id),
    form_code        varchar(20) not null references ice_document_form (code),
    issued_at        timestamp,
    served_on_person boolean,
    honored          boolean,
    lifted           boolean     not null
);
create index detainer_case_idx on detainer (case_id);

create table app_user (
    username      varchar(64)  not null primary key,
    version       integer      not null,
    password_hash varchar(100) not null,
    display_name  varchar(120) not null,
    locale        varchar(10),
    enabled       boolean      not null,
    created_at    timestamp    not null
);

create table app_user_role (
    username  varchar(64) not null references app_user (username),
    role_name varchar(32) not null,
    primary key (username, role_name),
    constraint app_user_role_known check (role_name in ('caseworker', 'attorney', 'supervisor', 'staff', 'admin'))
);

create table audit_event (
    id           bigint      not null primary key,
    occurred_at  timestamp   not null,
    actor        varchar(64) not null,
    action       varchar(60) not null,
    subject_type varchar(60),
    subject_id   varchar(64),
    detail       varchar(1000)
);
create index audit_event_subject_idx on audit_event (subject_type, subject_id);
