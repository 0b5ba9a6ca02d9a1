-- Account administration (issue 16): an administrator's reset, a new account and the first administrator make the
-- user choose their own password at the next sign-in; when the password last changed is kept for the account list.
alter table app_user add column must_change_password boolean default false not null;
alter table app_user add column password_changed_at timestamp;
