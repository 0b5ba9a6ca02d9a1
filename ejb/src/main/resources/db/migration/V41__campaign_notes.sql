-- A campaign's research notes, goals and outcome history (issue 14; the toolkit's "Getting Your Campaign into Gear",
-- steps 1 and 2, and what the campaign won or lost): one table, a kind per row. Every change is a revision.
create sequence campaign_note_seq start with 1 increment by 50;

create table campaign_note (
    id          bigint        not null primary key,
    version     integer       not null,
    campaign_id bigint        not null references campaign (id),
    kind        varchar(20)   not null,
    text        varchar(4000) not null,
    source      varchar(500),
    happened_on date,
    result      varchar(20),
    updated_by  varchar(64)   not null,
    updated_at  timestamp     not null,
    constraint campaign_note_kind_known check (kind in ('RESEARCH', 'GOAL', 'OUTCOME')),
    constraint campaign_note_result_of_outcome check ((kind = 'OUTCOME') = (result is not null)),
    constraint campaign_note_outcome_dated check (kind <> 'OUTCOME' or happened_on is not null),
    constraint campaign_note_goal_undated check (kind <> 'GOAL' or happened_on is null)
);
create index campaign_note_campaign_idx on campaign_note (campaign_id);

create table campaign_note_aud (
    id          bigint not null,
    rev         bigint not null references revision (id),
    revtype     smallint,
    version     integer,
    campaign_id bigint,
    kind        varchar(20),
    text        varchar(4000),
    source      varchar(500),
    happened_on date,
    result      varchar(20),
    updated_by  varchar(64),
    updated_at  timestamp,
    primary key (id, rev)
);
