-- A campaign's revisions (its name is what changes): a rename from an older version answers with what changed since,
-- as every other record's edit conflict does. The cases it cites are not part of its revisions (each citation is in the
-- audit trail, with the case's escalation).
create table campaign_aud (
    id              bigint not null,
    rev             bigint not null references revision (id),
    revtype         smallint,
    version         integer,
    jurisdiction_id bigint,
    name            varchar(200),
    created_at      timestamp,
    created_by      varchar(64),
    primary key (id, rev)
);
