-- A campaign's targets and allies (issue 14 item 3, the toolkit's steps 4 and 5): targets are the jurisdiction's
-- authorities, primary (the power to make the change) or secondary (influence over the primary), each once, with why;
-- allies are of the toolkit's kinds, with a contact and notes. Removing an authority removes it as a target (its own
-- removal is audited). Every other change is a revision.
create sequence campaign_target_seq start with 1 increment by 50;
create sequence campaign_ally_seq start with 1 increment by 50;

create table campaign_target (
    id           bigint       not null primary key,
    version      integer      not null,
    campaign_id  bigint       not null references campaign (id),
    authority_id bigint       not null references authority (id) on delete cascade,
    target_rank  varchar(10)  not null,
    why          varchar(500),
    updated_by   varchar(64)  not null,
    updated_at   timestamp    not null,
    constraint campaign_target_rank_known check (target_rank in ('PRIMARY', 'SECONDARY')),
    constraint campaign_target_once unique (campaign_id, authority_id)
);
create index campaign_target_campaign_idx on campaign_target (campaign_id);
create index campaign_target_authority_idx on campaign_target (authority_id);

create table campaign_ally (
    id          bigint       not null primary key,
    version     integer      not null,
    campaign_id bigint       not null references campaign (id),
    ally_type   varchar(30)  not null,
    name        varchar(150) not null,
    contact     varchar(200),
    notes       varchar(500),
    updated_by  varchar(64)  not null,
    updated_at  timestamp    not null,
    constraint campaign_ally_type_known check (ally_type in ('LOCAL_OFFICIAL', 'PUBLIC_DEFENDER', 'PROBATION_OR_COURTS', 'LEGAL_ORGANISATION', 'FAITH', 'LABOUR', 'COMMUNITY_ORGANISATION', 'CRIMINAL_JUSTICE_REFORM', 'DOMESTIC_VIOLENCE_SERVICES', 'OTHER'))
);
create index campaign_ally_campaign_idx on campaign_ally (campaign_id);

create table campaign_target_aud (
    id           bigint not null,
    rev          bigint not null references revision (id),
    revtype      smallint,
    version      integer,
    campaign_id  bigint,
    authority_id bigint,
    target_rank  varchar(10),
    why          varchar(500),
    updated_by   varchar(64),
    updated_at   timestamp,
    primary key (id, rev)
);

create table campaign_ally_aud (
    id          bigint not null,
    rev         bigint not null references revision (id),
    revtype     smallint,
    version     integer,
    campaign_id bigint,
    ally_type   varchar(30),
    name        varchar(150),
    contact     varchar(200),
    notes       varchar(500),
    updated_by  varchar(64),
    updated_at  timestamp,
    primary key (id, rev)
);
