-- Stories on a case (issue 14 item 4): a person's testimony, their consent (scope, day, withdrawal) and an attorney's
-- vetting (day, risk note). The text, title and risk note are stored encrypted, so their columns hold the longer
-- ciphertext. Every change is a revision. A story is usable outside the case file only with consent not withdrawn and
-- vetting; the checks below keep each half whole.
create sequence story_seq start with 1 increment by 50;

create table story (
    id                   bigint         not null primary key,
    version              integer        not null,
    case_id              bigint         not null references detention_case (id),
    title                varchar(1300),
    text                 varchar(48000) not null,
    recorded_by          varchar(64)    not null,
    recorded_at          timestamp      not null,
    updated_by           varchar(64)    not null,
    updated_at           timestamp      not null,
    consent_scope        varchar(30),
    consented_on         date,
    consent_recorded_by  varchar(64),
    consent_withdrawn_at timestamp,
    consent_withdrawn_by varchar(64),
    vetted_by            varchar(64),
    vetted_on            date,
    risk_note            varchar(12100),
    constraint story_consent_scope_known check (consent_scope is null
        or consent_scope in ('EVIDENCE_REPORTS', 'OFFICIALS', 'PUBLIC')),
    constraint story_consent_whole check ((consent_scope is null) = (consented_on is null)),
    constraint story_withdrawn_after_consent check (consent_withdrawn_at is null or consent_scope is not null),
    constraint story_withdrawn_by_whom check ((consent_withdrawn_at is null) = (consent_withdrawn_by is null)),
    constraint story_vetting_whole check ((vetted_by is null) = (vetted_on is null)),
    constraint story_risk_note_of_vetting check (risk_note is null or vetted_by is not null)
);
create index story_case_idx on story (case_id);

create table story_aud (
    id                   bigint not null,
    rev                  bigint not null references revision (id),
    revtype              smallint,
    version              integer,
    case_id              bigint,
    title                varchar(1300),
    text                 varchar(48000),
    recorded_by          varchar(64),
    recorded_at          timestamp,
    updated_by           varchar(64),
    updated_at           timestamp,
    consent_scope        varchar(30),
    consented_on         date,
    consent_recorded_by  varchar(64),
    consent_withdrawn_at timestamp,
    consent_withdrawn_by varchar(64),
    vetted_by            varchar(64),
    vetted_on            date,
    risk_note            varchar(12100),
    primary key (id, rev)
);

-- Where a story was used: one row per story per evidence report generated (the jurisdiction, the format, the period in
-- whole months, when and by whom), so that a withdrawal can say where the story went before it.
create sequence story_use_seq start with 1 increment by 50;

create table story_use (
    id              bigint      not null primary key,
    story_id        bigint      not null references story (id),
    jurisdiction_id bigint      not null references jurisdiction (id),
    report_format   varchar(10) not null,
    period_from     date,
    period_to       date,
    generated_at    timestamp   not null,
    generated_by    varchar(64) not null,
    constraint story_use_format_known check (report_format in ('XLSX', 'PDF'))
);
create index story_use_story_idx on story_use (story_id);
