-- Meetings with law enforcement (issue 14 item 5, the toolkit's meeting kit): each recorded after it was held, with
-- the authority met (set to null if that authority is later removed), attendees and their roles, the questions asked
-- (from the toolkit's bank, or the meeting's own) with the answers given, the promises made with their due days and
-- whether they were kept, and the next meeting. Every change is a revision.
create sequence campaign_meeting_seq start with 1 increment by 50;
create sequence meeting_attendee_seq start with 1 increment by 50;
create sequence meeting_answer_seq start with 1 increment by 50;
create sequence meeting_promise_seq start with 1 increment by 50;

create table campaign_meeting (
    id              bigint       not null primary key,
    version         integer      not null,
    campaign_id     bigint       not null references campaign (id),
    held_on         date         not null,
    place           varchar(200),
    authority_id    bigint       references authority (id) on delete set null,
    next_meeting_on date         not null,
    updated_by      varchar(64)  not null,
    updated_at      timestamp    not null,
    constraint campaign_meeting_next_after check (next_meeting_on > held_on)
);
create index campaign_meeting_campaign_idx on campaign_meeting (campaign_id);

create table meeting_attendee (
    id           bigint       not null primary key,
    meeting_id   bigint       not null references campaign_meeting (id),
    name         varchar(120) not null,
    organisation varchar(120),
    role         varchar(20)  not null,
    constraint meeting_attendee_role_known check (role in ('FACILITATOR', 'NOTE_TAKER', 'QUESTIONER', 'STORYTELLER', 'COMMUNITY_MEMBER', 'ALLY', 'LAW_ENFORCEMENT', 'OFFICIAL', 'OTHER'))
);
create index meeting_attendee_meeting_idx on meeting_attendee (meeting_id);

create table meeting_answer (
    id           bigint        not null primary key,
    meeting_id   bigint        not null references campaign_meeting (id),
    question     varchar(40),
    own_question varchar(500),
    answer       varchar(4000),
    constraint meeting_answer_bank_or_own check ((question is null) <> (own_question is null)),
    constraint meeting_answer_once unique (meeting_id, question)
);
create index meeting_answer_meeting_idx on meeting_answer (meeting_id);

create table meeting_promise (
    id          bigint       not null primary key,
    version     integer      not null,
    meeting_id  bigint       not null references campaign_meeting (id),
    kind        varchar(20)  not null,
    what        varchar(500),
    due_on      date         not null,
    state       varchar(10)  not null,
    settled_on  date,
    updated_by  varchar(64)  not null,
    updated_at  timestamp    not null,
    constraint meeting_promise_kind_known check (kind in ('POLICIES', 'DATA', 'POLICY_DRAFT', 'NEXT_MEETING', 'JAIL_TOUR', 'OTHER')),
    constraint meeting_promise_state_known check (state in ('OPEN', 'KEPT', 'BROKEN')),
    constraint meeting_promise_settled check ((state = 'OPEN') = (settled_on is null))
);
create index meeting_promise_meeting_idx on meeting_promise (meeting_id);
create index meeting_promise_open_idx on meeting_promise (state, due_on);

create table campaign_meeting_aud (
    id              bigint not null,
    rev             bigint not null references revision (id),
    revtype         smallint,
    version         integer,
    campaign_id     bigint,
    held_on         date,
    place           varchar(200),
    authority_id    bigint,
    next_meeting_on date,
    updated_by      varchar(64),
    updated_at      timestamp,
    primary key (id, rev)
);

create table meeting_attendee_aud (
    id           bigint not null,
    rev          bigint not null references revision (id),
    revtype      smallint,
    meeting_id   bigint,
    name         varchar(120),
    organisation varchar(120),
    role         varchar(20),
    primary key (id, rev)
);

create table meeting_answer_aud (
    id           bigint not null,
    rev          bigint not null references revision (id),
    revtype      smallint,
    meeting_id   bigint,
    question     varchar(40),
    own_question varchar(500),
    answer       varchar(4000),
    primary key (id, rev)
);

create table meeting_promise_aud (
    id          bigint not null,
    rev         bigint not null references revision (id),
    revtype     smallint,
    version     integer,
    meeting_id  bigint,
    kind        varchar(20),
    what        varchar(500),
    due_on      date,
    state       varchar(10),
    settled_on  date,
    updated_by  varchar(64),
    updated_at  timestamp,
    primary key (id, rev)
);
