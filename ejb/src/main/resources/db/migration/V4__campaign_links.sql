-- A minimal campaign per jurisdiction, so an approved escalation has something to link the case to (DOMAIN.md
-- section 7; campaign management itself comes later), and the person's consent to be named in public.
create table campaign (
    id              bigint       not null primary key,
    version         integer      not null,
    jurisdiction_id bigint       not null references jurisdiction (id),
    name            varchar(200) not null,
    created_at      timestamp    not null,
    created_by      varchar(64)  not null
);
create index campaign_jurisdiction_idx on campaign (jurisdiction_id);
create sequence campaign_seq start with 1 increment by 50;

create table campaign_case (
    campaign_id  bigint      not null references campaign (id),
    case_id      bigint      not null references detention_case (id),
    deidentified boolean     not null,
    linked_at    timestamp   not null,
    primary key (campaign_id, case_id)
);
create index campaign_case_case_idx on campaign_case (case_id);

-- Null: nobody asked yet; a story is used in public only with consent recorded (DOMAIN.md section 9).
alter table person add column consent_to_publicize boolean;
