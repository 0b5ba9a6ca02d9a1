-- The hotline's call log (issue 15): every call, including those that lead to no case and no report.
create sequence hotline_call_seq start with 1 increment by 50;

create table hotline_call (
    id               bigint      not null primary key,
    version          integer     not null,
    received_at      timestamp   not null,
    taken_by         varchar(64) not null,
    kind             varchar(30) not null,
    language         varchar(40),
    outcome          varchar(30) not null,
    minutes          integer,
    case_id          bigint references detention_case (id),
    caller_consented boolean     not null,
    caller_name      varchar(400),
    caller_contact   varchar(400),
    constraint hotline_call_minutes_not_negative check (minutes is null or minutes >= 0),
    constraint hotline_call_identity_needs_consent check (caller_consented or (caller_name is null and caller_contact is null))
);
create index hotline_call_received_idx on hotline_call (received_at);

create table hotline_call_aud (
    id               bigint  not null,
    rev              bigint  not null references revision (id),
    revtype          smallint,
    version          integer,
    received_at      timestamp,
    taken_by         varchar(64),
    kind             varchar(30),
    language         varchar(40),
    outcome          varchar(30),
    minutes          integer,
    case_id          bigint,
    caller_consented boolean,
    caller_name      varchar(400),
    caller_contact   varchar(400),
    primary key (id, rev)
);
