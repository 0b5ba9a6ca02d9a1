-- The whole case file of DOMAIN.md sections 1, 2 and 5: the rest of the person's biography, aliases, family,
-- immigration applications and removals, court dates, custody details, notes, documents, soft delete, intake
-- drafts, facility agreements and jurisdiction policy details; then the history tables Hibernate Envers writes.

-- 1. The person
alter table person add column gender_identity varchar(60);
alter table person add column address varchar(300);
alter table person add column phone varchar(40);
alter table person add column other_languages varchar(200);
alter table person add column employment varchar(300);
alter table person add column community_ties varchar(1000);
alter table person add column reason_for_migration varchar(500);
alter table person add column victim_of_crime boolean;
alter table person add column victim_of_abuse boolean;
alter table person add column victim_of_fraud boolean;
-- The folded name and every alias in one column, so a search reads one table: "jose munoz | jose munos".
alter table person add column search_text varchar(2000);
update person set search_text = search_name;
alter table person alter column search_text set not null;
-- V1's length check passes a padded 8-digit value; this one wants nine digits.
alter table person add constraint person_a_number_nine_digits check (a_number is null
    or (length(rtrim(a_number)) = 9 and ltrim(a_number, '0123456789') = ''));
alter table person add constraint person_born_after_1900 check (date_of_birth is null or date_of_birth > date '1900-01-01');

create sequence person_alias_seq start with 1 increment by 50;
create table person_alias (
    id          bigint       not null primary key,
    version     integer      not null,
    person_id   bigint       not null references person (id),
    family_name varchar(100) not null,
    given_names varchar(150),
    search_name varchar(260) not null
);
create index person_alias_person_idx on person_alias (person_id);
create index person_alias_search_idx on person_alias (search_name);

create sequence family_member_seq start with 1 increment by 50;
create table family_member (
    id            bigint       not null primary key,
    version       integer      not null,
    person_id     bigint       not null references person (id),
    full_name     varchar(200) not null,
    relation      varchar(20)  not null,
    date_of_birth date,
    citizenship   varchar(20),
    dependent     boolean      not null,
    constraint family_relation_known check (relation in ('CHILD', 'SPOUSE', 'PARTNER', 'PARENT', 'SIBLING', 'OTHER')),
    constraint family_citizenship_known check (citizenship is null or citizenship in ('US_CITIZEN', 'LPR', 'OTHER', 'UNKNOWN'))
);
create index family_member_person_idx on family_member (person_id);

-- Past attempts to change status (asylum, U visa, adjustment...) and earlier removals from the country.
create table immigration_application (
    person_id  bigint       not null references person (id),
    filed_on   date,
    kind       varchar(120) not null,
    result     varchar(120)
);
create index immigration_application_person_idx on immigration_application (person_id);

create table prior_removal (
    person_id  bigint not null references person (id),
    removed_on date   not null,
    place      varchar(120)
);
create index prior_removal_person_idx on prior_removal (person_id);

-- 2. Criminal history
alter table arrest add column place_held varchar(150);
alter table criminal_charge add column incident varchar(60);
alter table criminal_charge add constraint charge_disposition_known check (disposition in
    ('PENDING', 'CONVICTED', 'DISMISSED', 'ACQUITTED', 'DIVERSION'));

create sequence court_date_seq start with 1 increment by 50;
create table court_date (
    id           bigint       not null primary key,
    version      integer      not null,
    arrest_id    bigint       not null references arrest (id),
    scheduled_at timestamp    not null,
    court        varchar(150),
    purpose      varchar(150)
);
create index court_date_arrest_idx on court_date (arrest_id);
create index court_date_scheduled_idx on court_date (scheduled_at);

-- 3. Custody, the caller, and soft delete
alter table detention_case add column bail_status varchar(20);
alter table detention_case add column bail_amount numeric(12, 2);
alter table detention_case add column ice_interviewed boolean;
alter table detention_case add column told_of_hold boolean;
alter table detention_case add column caller_name varchar(200);
alter table detention_case add column caller_relation varchar(60);
alter table detention_case add column caller_contact varchar(200);
alter table detention_case add column deleted_at timestamp;
alter table detention_case add column deleted_by varchar(64);
alter table detention_case add constraint case_bail_known check (bail_status is null or bail_status in
    ('NONE_SET', 'SET', 'POSTED', 'DENIED', 'UNKNOWN'));
alter table detention_case add constraint case_bail_not_negative check (bail_amount is null or bail_amount >= 0);
create index detention_case_deleted_idx on detention_case (deleted_at);

-- 4. Notes and documents
create sequence case_note_seq start with 1 increment by 50;
create table case_note (
    id         bigint        not null primary key,
    version    integer       not null,
    case_id    bigint        not null references detention_case (id),
    author     varchar(64)   not null,
    written_at timestamp     not null,
    body       varchar(8000) not null,
    privileged boolean       not null
);
create index case_note_case_idx on case_note (case_id);

create sequence case_document_seq start with 1 increment by 50;
create table case_document (
    id           bigint       not null primary key,
    version      integer      not null,
    case_id      bigint       not null references detention_case (id),
    file_name    varchar(200) not null,
    content_type varchar(60)  not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)     not null,
    storage_key  varchar(80)  not null unique,
    description  varchar(200),
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamp    not null,
    constraint document_type_known check (content_type in ('application/pdf', 'image/png', 'image/jpeg', 'image/tiff')),
    constraint document_size_positive check (size_bytes > 0)
);
create index case_document_case_idx on case_document (case_id);

-- 5. An intake the hotline volunteer has not finished: kept for its owner only, as the form's fields.
create sequence intake_draft_seq start with 1 increment by 50;
create table intake_draft (
    id         bigint        not null primary key,
    version    integer       not null,
    owner      varchar(64)   not null,
    updated_at timestamp     not null,
    summary    varchar(200),
    form       varchar(16000) not null
);
create index intake_draft_owner_idx on intake_draft (owner);

-- 6. Reference data (DOMAIN.md section 5)
alter table jurisdiction add column policy_text varchar(4000);
alter table jurisdiction add column policy_date date;
alter table jurisdiction add column policy_source varchar(300);
alter table jurisdiction add constraint jurisdiction_policy_known check (detainer_policy in ('NONE', 'STATE_NO_HOLDS',
    'LOCAL_NO_HOLDS', 'NO_HOLDS_NO_NOTIFICATION', 'NO_HOLDS_NO_ACCESS', 'NO_HOLDS_NO_ACCESS_NO_NOTIFICATION'));

alter table facility add column has_287g boolean;
alter table facility add column model_287g varchar(40);
alter table facility add column signed_287g date;
alter table facility add column ended_287g date;
alter table facility add column igsa boolean;
alter table facility add column igsa_beds integer;
alter table facility add column igsa_rate_per_day numeric(8, 2);
alter table facility add column igsa_ends date;
alter table facility add column igsa_term varchar(20);
alter table facility add constraint facility_igsa_term_known check (igsa_term is null or igsa_term in ('HOURS_72', 'LONG_TERM'));
alter table facility add constraint facility_igsa_beds_positive check (igsa_beds is null or igsa_beds > 0);
alter table facility add constraint facility_igsa_rate_positive check (igsa_rate_per_day is null or igsa_rate_per_day > 0);
alter table facility add constraint facility_287g_dates check (ended_287g is null or signed_287g is null or ended_287g >= signed_287g);

-- 7. History: one revision per transaction that changed an audited record, with who made it.
create sequence revision_seq start with 1 increment by 50;
create table revision (
    id          bigint      not null primary key,
    occurred_at timestamp   not null,
    actor       varchar(64) not null
);

create table person_aud (
    id bigint not null, rev bigint not null references revision (id), revtype smallint,
    version integer, family_name varchar(100), given_names varchar(150), date_of_birth date, a_number varchar(9),
    country_of_origin varchar(80), preferred_language varchar(40), immigration_status varchar(20),
    education varchar(30), continuous_residence_since date, gang_member boolean, national_security_concern boolean,
    consent_to_publicize boolean, gender_identity varchar(60), address varchar(300), phone varchar(40),
    other_languages varchar(200), employment varchar(300), community_ties varchar(1000),
    reason_for_migration varchar(500), victim_of_crime boolean, victim_of_abuse boolean, victim_of_fraud boolean,
    primary key (id, rev)
);
create table immigration_entry_aud (
    rev bigint not null references revision (id), revtype smallint, person_id bigint not null,
    entered_on date not null, manner varchar(60), place varchar(120)
);
create index immigration_entry_aud_idx on immigration_entry_aud (person_id, rev);
create table removal_order_aud (
    rev bigint not null references revision (id), revtype smallint, person_id bigint not null,
    ordered_on date, final_order boolean
);
create index removal_order_aud_idx on removal_order_aud (person_id, rev);
create table immigration_application_aud (
    rev bigint not null references revision (id), revtype smallint, person_id bigint not null,
    filed_on date, kind varchar(120), result varchar(120)
);
create index immigration_application_aud_idx on immigration_application_aud (person_id, rev);
create table prior_removal_aud (
    rev bigint not null references revision (id), revtype smallint, person_id bigint not null,
    removed_on date, place varchar(120)
);
create index prior_removal_aud_idx on prior_removal_aud (person_id, rev);
create table person_alias_aud (
    id bigint not null, rev bigint not null references revision (id), revtype smallint,
    version integer, person_id bigint, family_name varchar(100), given_names varchar(150),
    primary key (id, rev)
);
create index person_alias_aud_person_idx on person_alias_aud (person_id);
create table family_member_aud (
    id bigint not null, rev bigint not null references revision (id), revtype smallint,
    version integer, person_id bigint, full_name varchar(200), relation varchar(20), date_of_birth date,
    citizenship varchar(20), dependent boolean,
    primary key (id, rev)
);
create index family_member_aud_person_idx on family_member_aud (person_id);
create table arrest_aud (
    id bigint not null, rev bigint not null references revision (id), revtype smallint,
    version integer, person_id bigint, arrested_on date, agency varchar(120), place_held varchar(150),
    primary key (id, rev)
);
create index arrest_aud_person_idx on arrest_aud (person_id);
create table criminal_charge_aud (
    id bigint not null, rev bigint not null references revision (id), revtype smallint,
    version integer, arrest_id bigint, description varchar(200), offense_level varchar(20),
    offense_category varchar(30), disposition varchar(20), disposition_date date, sentence_days integer,
    sentence_suspended boolean, juvenile boolean, aggravated_felony boolean, incident varchar(60),
    primary key (id, rev)
);
create index criminal_charge_aud_arrest_idx on criminal_charge_aud (arrest_id);
create table court_date_aud (
    id bigint not null, rev bigint not null references revision (id), revtype smallint,
    version integer, arrest_id bigint, scheduled_at timestamp, court varchar(150), purpose varchar(150),
    primary key (id, rev)
);
create index court_date_aud_arrest_idx on court_date_aud (arrest_id);
create table jurisdiction_aud (
    id bigint not null, rev bigint not null references revision (id), revtype smallint,
    version integer, name varchar(150), jurisdiction_level varchar(10), state_code char(2),
    detainer_policy varchar(40), policy_text varchar(4000), policy_date date, policy_source varchar(300),
    primary key (id, rev)
);
create table facility_aud (
    id bigint not null, rev bigint not null references revision (id), revtype smallint,
    version integer, name varchar(200), facility_type varchar(20), operator varchar(100), city varchar(100),
    state_code char(2), time_zone varchar(40), jurisdiction_id bigint, has_287g boolean, model_287g varchar(40),
    signed_287g date, ended_287g date, igsa boolean, igsa_beds integer, igsa_rate_per_day numeric(8, 2),
    igsa_ends date, igsa_term varchar(20),
    primary key (id, rev)
);
create table detention_case_aud (
    id bigint not null, rev bigint not null references revision (id), revtype smallint,
    version integer, person_id bigint, facility_id bigint, booking_number varchar(40), booked_at timestamp,
    scheduled_release_at timestamp, status varchar(10), caseworker varchar(64), attorney varchar(64),
    opened_at timestamp, closed_at timestamp, outcome varchar(30), opened_by varchar(64),
    custody_ended_at timestamp, custody_end varchar(20), bail_status varchar(20), bail_amount numeric(12, 2),
    ice_interviewed boolean, told_of_hold boolean, caller_name varchar(200), caller_relation varchar(60),
    caller_contact varchar(200), deleted_at timestamp, deleted_by varchar(64),
    primary key (id, rev)
);
create table detainer_aud (
    id bigint not null, rev bigint not null references revision (id), revtype smallint,
    version integer, case_id bigint, form_code varchar(20), issued_at timestamp, served_on_person boolean,
    honored boolean, notified_ice boolean, lifted boolean,
    primary key (id, rev)
);
create index detainer_aud_case_idx on detainer_aud (case_id);
create table detainer_interference_aud (
    rev bigint not null references revision (id), revtype smallint, detainer_id bigint not null,
    interference varchar(40) not null
);
create index detainer_interference_aud_idx on detainer_interference_aud (detainer_id, rev);
create table case_note_aud (
    id bigint not null, rev bigint not null references revision (id), revtype smallint,
    version integer, case_id bigint, author varchar(64), written_at timestamp, body varchar(8000), privileged boolean,
    primary key (id, rev)
);
create index case_note_aud_case_idx on case_note_aud (case_id);
create table case_document_aud (
    id bigint not null, rev bigint not null references revision (id), revtype smallint,
    version integer, case_id bigint, file_name varchar(200), content_type varchar(60), size_bytes bigint,
    sha256 varchar(64), storage_key varchar(80), description varchar(200), uploaded_by varchar(64),
    uploaded_at timestamp,
    primary key (id, rev)
);
create index case_document_aud_case_idx on case_document_aud (case_id);
