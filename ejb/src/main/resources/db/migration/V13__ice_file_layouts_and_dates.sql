-- ICE's reference files in every layout (issue 19): how each import was dated and whether it was imported as
-- history only (an older or undated file, which changes no current fact); pending 287(g) agreements; the facility
-- listings' detention-location code and per-diem text.

alter table reference_import add column dated_by varchar(30);
alter table reference_import add column history_only boolean default false not null;

alter table agreement_287g add column pending boolean default false not null;

alter table facility add column ice_detention_location varchar(20);
alter table facility add column ice_per_diem varchar(200);
alter table facility_aud add column ice_detention_location varchar(20);
alter table facility_aud add column ice_per_diem varchar(200);
