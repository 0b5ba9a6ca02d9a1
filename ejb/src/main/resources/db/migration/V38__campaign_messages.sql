-- A campaign's messages by audience (issue 14; the toolkit's "Campaign Messaging/Communications"): for a target audience
-- (local politicians, law enforcement, journalists, allies, ...), one of the toolkit's message themes and the
-- organisation's own talking points. Every change is a revision.
create sequence campaign_message_seq start with 1 increment by 50;

create table campaign_message (
    id          bigint        not null primary key,
    version     integer       not null,
    campaign_id bigint        not null references campaign (id),
    audience    varchar(30)   not null,
    theme       varchar(40)   not null,
    points      varchar(4000) not null,
    updated_by  varchar(64)   not null,
    updated_at  timestamp     not null
);
create index campaign_message_campaign_idx on campaign_message (campaign_id);

create table campaign_message_aud (
    id          bigint not null,
    rev         bigint not null references revision (id),
    revtype     smallint,
    version     integer,
    campaign_id bigint,
    audience    varchar(30),
    theme       varchar(40),
    points      varchar(4000),
    updated_by  varchar(64),
    updated_at  timestamp,
    primary key (id, rev)
);
