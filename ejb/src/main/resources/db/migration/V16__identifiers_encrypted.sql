-- Identifiers and privileged text are encrypted at rest (AES-256-GCM, keys outside the database, see KeyRing): the
-- columns become text wide enough for the ciphertext, and exact search goes through keyed blind indexes. Values
-- already on file stay readable as they are until the re-encryption job (run at each start, and after a key
-- rotation) rewrites them under the current key and fills the indexes.
alter table person drop constraint person_a_number_digits;
alter table person drop constraint person_a_number_nine_digits;
alter table person drop constraint person_born_after_1900;
drop index person_a_number_idx;
drop index detention_case_booking_idx;

alter table person alter column a_number set data type varchar(120);
alter table person alter column date_of_birth set data type varchar(120);
alter table person alter column address set data type varchar(1200);
alter table person alter column phone set data type varchar(200);
alter table person add column a_number_bidx varchar(32);
alter table person add column a_number_last4_bidx varchar(32);
alter table person add column date_of_birth_bidx varchar(32);
create index person_a_number_bidx_idx on person (a_number_bidx);
create index person_a_number_last4_bidx_idx on person (a_number_last4_bidx);
create index person_date_of_birth_bidx_idx on person (date_of_birth_bidx);

alter table person_aud alter column a_number set data type varchar(120);
alter table person_aud alter column date_of_birth set data type varchar(120);
alter table person_aud alter column address set data type varchar(1200);
alter table person_aud alter column phone set data type varchar(200);

alter table family_member alter column date_of_birth set data type varchar(120);
alter table family_member_aud alter column date_of_birth set data type varchar(120);

alter table detention_case alter column booking_number set data type varchar(200);
alter table detention_case alter column caller_contact set data type varchar(1000);
alter table detention_case add column booking_number_bidx varchar(32);
alter table detention_case add column booking_number_last4_bidx varchar(32);
create index detention_case_booking_bidx_idx on detention_case (booking_number_bidx);
create index detention_case_booking_last4_bidx_idx on detention_case (booking_number_last4_bidx);
alter table detention_case_aud alter column booking_number set data type varchar(200);
alter table detention_case_aud alter column caller_contact set data type varchar(1000);

alter table case_note alter column body set data type varchar(48000);
alter table case_note_aud alter column body set data type varchar(48000);
alter table intake_draft alter column form set data type varchar(96000);
