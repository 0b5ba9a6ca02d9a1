-- A campaign's specific policy asks (issue 14 item 3, the toolkit's "Getting Your Campaign into Gear", step 3): the
-- toolkit's seven sample asks (sample_ask) or the organisation's own wording, each with where it stands (not yet
-- raised, raised, promised, won, lost) and the days it was raised and decided. Every change is a revision.
create sequence campaign_ask_seq start with 1 increment by 50;

create table campaign_ask (
    id          bigint       not null primary key,
    version     integer      not null,
    campaign_id bigint       not null references campaign (id),
    sample_ask  varchar(40),
    wording     varchar(500),
    status      varchar(20)  not null,
    raised_on   date,
    decided_on  date,
    updated_by  varchar(64)  not null,
    updated_at  timestamp    not null,
    constraint campaign_ask_status_known check (status in ('NOT_RAISED', 'RAISED', 'PROMISED', 'WON', 'LOST')),
    constraint campaign_ask_sample_known check (sample_ask in ('REFUSE_CUSTODY_REQUESTS', 'NO_ICE_IN_JAIL_WITHOUT_WARRANT', 'EQUAL_ACCESS_TO_BAIL', 'NO_TRANSPORT_TO_ICE', 'NO_ARRESTS_AT_COURT_OR_PROBATION', 'END_287G', 'TELL_INMATES_OF_REQUESTS')),
    constraint campaign_ask_sample_or_wording check ((sample_ask is null) <> (wording is null)),
    constraint campaign_ask_sample_once unique (campaign_id, sample_ask),
    constraint campaign_ask_decided_after_raised check (decided_on is null or raised_on is null or decided_on >= raised_on)
);
create index campaign_ask_campaign_idx on campaign_ask (campaign_id);

create table campaign_ask_aud (
    id          bigint not null,
    rev         bigint not null references revision (id),
    revtype     smallint,
    version     integer,
    campaign_id bigint,
    sample_ask  varchar(40),
    wording     varchar(500),
    status      varchar(20),
    raised_on   date,
    decided_on  date,
    updated_by  varchar(64),
    updated_at  timestamp,
    primary key (id, rev)
);
