-- Per-case access (issue 16, item 6). Teams of accounts; each jurisdiction (and so its facilities' cases) is given to a
-- team, and a case can be given to a team by hand, which then wins over its jurisdiction's. Caseworkers and attorneys
-- work their teams' cases and the cases they are caseworker or attorney of; supervisors and admins see every case.
create sequence team_seq start with 1 increment by 50;

create table team (
    id         bigint       not null primary key,
    version    integer      not null,
    name       varchar(100) not null,
    created_at timestamp    not null,
    constraint team_name_unique unique (name)
);

create table team_member (
    team_id  bigint      not null references team (id),
    username varchar(64) not null references app_user (username),
    primary key (team_id, username)
);
create index team_member_user_idx on team_member (username);

alter table jurisdiction add column team_id bigint references team (id);
alter table detention_case add column team_id bigint references team (id);
create index jurisdiction_team_idx on jurisdiction (team_id);
create index detention_case_team_idx on detention_case (team_id);

-- Break the glass: someone opened a case outside their access, with a reason, for a limited time. The reason and the
-- opening are also in the audit trail (action case.breakGlass), which supervisors read.
create sequence case_access_grant_seq start with 1 increment by 50;

create table case_access_grant (
    id         bigint        not null primary key,
    username   varchar(64)   not null,
    case_id    bigint        not null references detention_case (id),
    reason     varchar(500)  not null,
    granted_at timestamp     not null,
    expires_at timestamp     not null
);
create index case_access_grant_user_idx on case_access_grant (username, case_id, expires_at);

-- An installation upgraded with cases on file keeps working as before: one team (id 0, which the sequence never gives)
-- holds every caseworker and attorney and every jurisdiction, until an administrator makes the real teams. A new
-- installation (no jurisdiction yet) gets no such team.
insert into team (id, version, name, created_at)
select 0, 0, 'Everyone (from before teams)', current_timestamp from jurisdiction having count(*) > 0;
insert into team_member (team_id, username)
select distinct 0, r.username from app_user_role r
where r.role_name in ('caseworker', 'attorney') and exists (select 1 from team t where t.id = 0);
update jurisdiction set team_id = 0 where exists (select 1 from team t where t.id = 0);
