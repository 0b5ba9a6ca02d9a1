-- Issue 14 item 6, follow the money per facility and year, with what collaboration costs beside what it brings in.
-- A year's figures are the jurisdiction's jails together (facility_id null: every row before this version) or one of
-- its facilities'. scope_key is the facility's id, or 0 for the jails together, so that the database keeps one row per
-- jurisdiction, facility and year on both databases (a unique key over a null column would let two in).
-- Brought in: SCAAP and the IGSA bed money (as ICE paid it, or beds x rate x days of the year).
-- Cost: the days of jail beds spent on ICE's people (held on detainers, and ICE's own detainees) at the jail's cost of
-- a bed per day, and other costs (staff time for ICE, settlements).
alter table jail_money add column facility_id bigint references facility (id);
alter table jail_money add column scope_key bigint default 0 not null;
alter table jail_money add column igsa_beds integer;
alter table jail_money add column igsa_rate numeric(8, 2);
alter table jail_money add column igsa_revenue numeric(16, 2);
alter table jail_money add column cost_per_bed_day numeric(8, 2);
alter table jail_money add column ice_bed_days integer;
alter table jail_money add column other_costs numeric(16, 2);
alter table jail_money drop constraint jail_money_year_once;
alter table jail_money add constraint jail_money_year_once unique (jurisdiction_id, scope_key, fiscal_year);
alter table jail_money add constraint jail_money_scope_is_facility
    check ((facility_id is null and scope_key = 0) or (facility_id is not null and scope_key = facility_id));
alter table jail_money add constraint jail_money_costs_not_negative
    check ((igsa_beds is null or igsa_beds >= 0) and (igsa_rate is null or igsa_rate >= 0)
        and (igsa_revenue is null or igsa_revenue >= 0) and (cost_per_bed_day is null or cost_per_bed_day > 0)
        and (ice_bed_days is null or ice_bed_days >= 0) and (other_costs is null or other_costs >= 0));
create index jail_money_facility_idx on jail_money (facility_id);

alter table jail_money_aud add column facility_id bigint;
alter table jail_money_aud add column scope_key bigint;
alter table jail_money_aud add column igsa_beds integer;
alter table jail_money_aud add column igsa_rate numeric(8, 2);
alter table jail_money_aud add column igsa_revenue numeric(16, 2);
alter table jail_money_aud add column cost_per_bed_day numeric(8, 2);
alter table jail_money_aud add column ice_bed_days integer;
alter table jail_money_aud add column other_costs numeric(16, 2);
