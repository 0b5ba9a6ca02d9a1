-- The facts the screening rules read (DOMAIN.md sections 1-4) and the results stored on each case, so lists can
-- filter and sort by priority, finding and hold expiry.

-- How long each form's hold lasts is data too: the next DHS form needs no release.
alter table ice_document_form add column hold_hours integer default 48 not null;
update ice_document_form set hold_hours = 0 where asks_hold = false;

alter table person add column immigration_status varchar(20);
alter table person add column education varchar(30);
alter table person add column continuous_residence_since date;
alter table person add column gang_member boolean;
alter table person add column national_security_concern boolean;
alter table person add constraint person_status_known check (immigration_status is null or immigration_status in
    ('UNDOCUMENTED', 'LPR', 'DACA', 'VISA', 'TPS', 'ASYLUM_PENDING', 'CITIZEN', 'UNKNOWN'));
alter table person add constraint person_education_known check (education is null or education in
    ('IN_SCHOOL', 'HIGH_SCHOOL_GRADUATE', 'GED', 'HONORABLY_DISCHARGED_VETERAN', 'NONE'));

-- Every entry into the United States; the first one is the arrival.
create table immigration_entry (
    person_id  bigint       not null references person (id),
    entered_on date         not null,
    manner     varchar(60),
    place      varchar(120)
);
create index immigration_entry_person_idx on immigration_entry (person_id);

create table removal_order (
    person_id   bigint not null references person (id),
    ordered_on  date,
    final_order boolean
);
create index removal_order_person_idx on removal_order (person_id);

alter table detainer add column notified_ice boolean;
create table detainer_interference (
    detainer_id  bigint      not null references detainer (id),
    interference varchar(40) not null,
    primary key (detainer_id, interference)
);

-- When and how custody ended (local to the facility); open while the person is still held.
alter table detention_case add column custody_ended_at timestamp;
alter table detention_case add column custody_end varchar(20);
alter table detention_case add constraint case_custody_end_known check (custody_end is null or custody_end in
    ('RELEASED', 'TRANSFERRED_TO_ICE', 'TRANSFERRED'));

-- The last screening's results.
alter table detention_case add column enforcement_priority varchar(20);
alter table detention_case add column priority_rule_set varchar(40);
alter table detention_case add column daca_result varchar(25);
alter table detention_case add column scaap_eligible boolean;
alter table detention_case add column hold_expires_at timestamp;
alter table detention_case add column screened_at timestamp;
alter table detention_case add constraint case_priority_known check (enforcement_priority is null or enforcement_priority in
    ('PRIORITY_1', 'PRIORITY_2', 'PRIORITY_3', 'NOT_A_PRIORITY'));
alter table detention_case add constraint case_daca_known check (daca_result is null or daca_result in
    ('POTENTIALLY_ELIGIBLE', 'NOT_ELIGIBLE', 'UNKNOWN'));
create index detention_case_hold_expiry_idx on detention_case (hold_expires_at);
create index detention_case_priority_idx on detention_case (enforcement_priority);

create table case_finding (
    case_id bigint       not null references detention_case (id),
    finding varchar(40)  not null,
    reason  varchar(500) not null,
    primary key (case_id, finding)
);
create index case_finding_finding_idx on case_finding (finding, case_id);
