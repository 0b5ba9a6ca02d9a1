-- A campaign's plan of action (issue 14 item 3): steps, each with an owner (an account) and a due day, done on a day
-- by someone. Every change is a revision.
create sequence campaign_step_seq start with 1 increment by 50;

create table campaign_step (
    id          bigint       not null primary key,
    version     integer      not null,
    campaign_id bigint       not null references campaign (id),
    title       varchar(200) not null,
    owner       varchar(64)  not null,
    due_on      date         not null,
    done_on     date,
    done_by     varchar(64),
    updated_by  varchar(64)  not null,
    updated_at  timestamp    not null
);
create index campaign_step_campaign_idx on campaign_step (campaign_id);

create table campaign_step_aud (
    id          bigint not null,
    rev         bigint not null references revision (id),
    revtype     smallint,
    version     integer,
    campaign_id bigint,
    title       varchar(200),
    owner       varchar(64),
    due_on      date,
    done_on     date,
    done_by     varchar(64),
    updated_by  varchar(64),
    updated_at  timestamp,
    primary key (id, rev)
);
