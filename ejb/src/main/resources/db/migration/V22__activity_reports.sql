-- Enforcement-activity reports (issue 15, DOMAIN.md section 6): a hotline call about an event, with its verification
-- and alert expiry, and the people it says were detained.
create sequence activity_report_seq start with 1 increment by 50;

create table activity_report (
    id                  bigint       not null primary key,
    version             integer      not null,
    occurred_at         timestamp    not null,
    place               varchar(300) not null,
    jurisdiction_id     bigint       not null references jurisdiction (id),
    comments            varchar(8000),
    caller_consented    boolean      not null,
    caller_name         varchar(400),
    caller_contact      varchar(400),
    reported_by         varchar(64)  not null,
    reported_at         timestamp    not null,
    verification        varchar(20)  not null,
    verified_by         varchar(64),
    verified_at         timestamp,
    verification_method varchar(500),
    alert_expires_at    timestamp    not null,
    constraint activity_report_verification_known check (verification in ('UNVERIFIED', 'VERIFIED', 'FALSE_REPORT')),
    constraint activity_report_identity_needs_consent check (caller_consented or (caller_name is null and caller_contact is null)),
    constraint activity_report_expiry_after_event check (alert_expires_at >= occurred_at)
);
create index activity_report_occurred_idx on activity_report (occurred_at);
create index activity_report_jurisdiction_idx on activity_report (jurisdiction_id);

create table activity_report_ice_activity (
    report_id bigint      not null references activity_report (id),
    activity  varchar(40) not null,
    primary key (report_id, activity)
);

create table activity_report_local_part (
    report_id     bigint      not null references activity_report (id),
    participation varchar(40) not null,
    primary key (report_id, participation)
);

create table activity_report_agency (
    report_id bigint      not null references activity_report (id),
    agency    varchar(20) not null,
    primary key (report_id, agency)
);

create table activity_report_person (
    report_id   bigint       not null references activity_report (id),
    position    integer      not null,
    family_name varchar(100) not null,
    given_names varchar(150),
    description varchar(2000),
    case_id     bigint references detention_case (id),
    primary key (report_id, position)
);
