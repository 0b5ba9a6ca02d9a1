-- A jurisdiction's authorities (issue 14 item 1, DOMAIN.md section 5, the toolkit's "Mapping Local Authorities"):
-- who has the power to make policy about ICE collaboration there. County: sheriff, county executive, county council or
-- board; city: police chief or commissioner, mayor or city manager, city council; state: governor, legislators,
-- attorney general. Each office is elected or appointed (or not yet known), with the holder's public contacts and, for
-- an elected office, the date of its next election. Public officials only: nobody in a case file is ever stored here.
-- Every change is a revision in authority_aud.
create sequence authority_seq start with 1 increment by 50;

create table authority (
    id              bigint        not null primary key,
    version         integer       not null,
    jurisdiction_id bigint        not null references jurisdiction (id),
    office          varchar(30)   not null,
    title           varchar(150),
    holder_name     varchar(150),
    selection       varchar(10),
    next_election   date,
    phone           varchar(40),
    email           varchar(200),
    address         varchar(300),
    website         varchar(300),
    notes           varchar(2000),
    updated_by      varchar(64)   not null,
    updated_at      timestamp     not null,
    constraint authority_office_known check (office in ('SHERIFF', 'COUNTY_EXECUTIVE', 'COUNTY_BOARD_MEMBER', 'POLICE_CHIEF', 'MAYOR', 'CITY_MANAGER', 'CITY_COUNCIL_MEMBER', 'GOVERNOR', 'STATE_LEGISLATOR', 'ATTORNEY_GENERAL', 'PROSECUTOR', 'OTHER')),
    constraint authority_selection_known check (selection in ('ELECTED', 'APPOINTED')),
    constraint authority_election_if_elected check (next_election is null or selection = 'ELECTED')
);
create index authority_jurisdiction_idx on authority (jurisdiction_id);

create table authority_aud (
    id              bigint not null,
    rev             bigint not null references revision (id),
    revtype         smallint,
    version         integer,
    jurisdiction_id bigint,
    office          varchar(30),
    title           varchar(150),
    holder_name     varchar(150),
    selection       varchar(10),
    next_election   date,
    phone           varchar(40),
    email           varchar(200),
    address         varchar(300),
    website         varchar(300),
    notes           varchar(2000),
    updated_by      varchar(64),
    updated_at      timestamp,
    primary key (id, rev)
);
