-- The policy map (issue 15 item 5): each jurisdiction's Census FIPS code ties it to the boundary files the map draws
-- (state 2 digits, county 5, city or place 7; the domain checks the shape against the level and state), and a city's
-- place centroid places its marker, since the boundary files have no city shapes. All optional.
alter table jurisdiction add column fips_code varchar(7);
alter table jurisdiction add column latitude double precision;
alter table jurisdiction add column longitude double precision;
alter table jurisdiction add constraint jurisdiction_fips_digits check (fips_code is null or length(fips_code) in (2, 5, 7));
create unique index jurisdiction_fips_idx on jurisdiction (fips_code);

alter table jurisdiction_aud add column fips_code varchar(7);
alter table jurisdiction_aud add column latitude double precision;
alter table jurisdiction_aud add column longitude double precision;

-- Demo installations from before this version: the demo's fictional jurisdictions stand in for real places on the map
-- (the same codes the demo data writes on a new installation).
update jurisdiction set fips_code = '06029' where name = 'Ejemplo County (demo)' and fips_code is null;
update jurisdiction set fips_code = '48141' where name = 'Muestra County (demo)' and fips_code is null;
update jurisdiction set fips_code = '1714000', latitude = 41.8375, longitude = -87.6866
    where name = 'Prueba City (demo)' and fips_code is null;
update jurisdiction set fips_code = '13121' where name = 'Modelo County (demo)' and fips_code is null;
