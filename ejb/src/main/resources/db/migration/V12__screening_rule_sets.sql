-- Issue 18: screening by the rules in force on the day (DOMAIN.md sections 2-5, SCREENING.md v1.1).

-- The stored priority needs room for the new values (NO_PRIORITIES_IN_EFFECT is 23 characters).
alter table detention_case alter column enforcement_priority set data type varchar(30);
alter table detention_case drop constraint case_priority_known;
alter table detention_case add constraint case_priority_known check (enforcement_priority is null or enforcement_priority in
    ('PRIORITY_1', 'PRIORITY_2', 'PRIORITY_3', 'PRIORITY', 'NATIONAL_SECURITY', 'BORDER_SECURITY',
     'PUBLIC_SAFETY_REVIEW', 'NOT_A_PRIORITY', 'NO_PRIORITIES_IN_EFFECT'));

-- A case may hold several reasons of one kind (e.g. one POLICY_CONFLICT per policy layer).
-- (A new table, copied, so the migration reads the same on PostgreSQL and on the unit tests' H2.)
create table case_finding_v12 (
    case_id bigint       not null references detention_case (id),
    finding varchar(40)  not null,
    reason  varchar(500) not null,
    primary key (case_id, finding, reason)
);
insert into case_finding_v12 (case_id, finding, reason) select case_id, finding, reason from case_finding;
drop table case_finding;
alter table case_finding_v12 rename to case_finding;
create index case_finding_finding_idx on case_finding (finding, case_id);

-- The new policy values: conditional holds and state laws that require honouring detainers.
alter table jurisdiction drop constraint jurisdiction_policy_known;
alter table jurisdiction add constraint jurisdiction_policy_known check (detainer_policy in ('NONE', 'STATE_NO_HOLDS',
    'LOCAL_NO_HOLDS', 'NO_HOLDS_NO_NOTIFICATION', 'NO_HOLDS_NO_ACCESS', 'NO_HOLDS_NO_ACCESS_NO_NOTIFICATION',
    'HOLDS_ONLY_WITH_JUDICIAL_WARRANT', 'HOLDS_ONLY_FOR_SERIOUS_CONVICTIONS', 'STATE_REQUIRES_HONORING_DETAINERS'));

-- The I-247A asks notification of the release and a hold (the real form asks both).
update ice_document_form set asks_notification = true where code = 'I_247A';

-- The ICE administrative warrant recorded as accompanying a detainer (null: unknown).
alter table detainer add column accompanied_by varchar(10);
alter table detainer add constraint detainer_accompanied_by_known check (accompanied_by is null or accompanied_by in
    ('I_200', 'I_205', 'NONE'));
alter table detainer_aud add column accompanied_by varchar(10);

-- Facts the v1.1 rule sets read: apprehended at the border, visa abuse, in removal proceedings (null: unknown).
alter table person add column apprehended_at_border boolean;
alter table person add column visa_abuse boolean;
alter table person add column in_removal_proceedings boolean;
alter table person_aud add column apprehended_at_border boolean;
alter table person_aud add column visa_abuse boolean;
alter table person_aud add column in_removal_proceedings boolean;

-- Re-screening of cases on file when the rule code or the rule set in force changes: one row per run, with its
-- report (no personal data: counts, finding codes and case ids).
create table screening_rerun (
    id                bigint       primary key,
    rules_version     varchar(60)  not null,
    reason            varchar(40)  not null,
    started_at        timestamp    not null,
    finished_at       timestamp    not null,
    cases_screened    integer      not null,
    priority_changed  integer      not null,
    rule_set_changed  integer      not null,
    report            varchar(20000) not null
);
create sequence screening_rerun_seq start with 1 increment by 1;
create index screening_rerun_version_idx on screening_rerun (rules_version);
