-- Issue 16: an account made by a sign-in through the organisation's OpenID Connect provider is marked, because its
-- password is the provider's: the administrators' page offers it no password reset, and the API refuses one, until an
-- administrator ends the link. Records made before this mark are found by the audit record their first sign-in left.
alter table app_user add column provider_linked boolean default false not null;
update app_user set provider_linked = true
 where username in (select subject_id from audit_event
                     where action = 'user.created' and subject_type = 'UserAccount' and detail like '%provider=oidc%');
