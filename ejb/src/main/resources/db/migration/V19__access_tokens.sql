-- Personal access tokens for the API (issue 16, item 4): a user makes one, sees it once, and programs send it as
-- "Authorization: Bearer <token>". Only the SHA-256 of the token is kept (the token is 256 random bits, so a fast hash
-- is enough and no bcrypt is needed on each call). A token carries a subset of its user's roles, an expiry, and is
-- revoked by the user or an administrator.
create sequence access_token_seq start with 1 increment by 50;
create table access_token (
    id bigint primary key,
    version integer default 0 not null,
    username varchar(64) not null references app_user (username),
    name varchar(80) not null,
    token_hash varchar(64) not null,
    created_at timestamp not null,
    expires_at timestamp not null,
    last_used_at timestamp,
    revoked_at timestamp,
    revoked_by varchar(64)
);
create unique index access_token_hash_idx on access_token (token_hash);
create index access_token_user_idx on access_token (username);
create table access_token_role (
    token_id bigint not null references access_token (id),
    role_name varchar(32) not null,
    primary key (token_id, role_name),
    constraint access_token_role_known check (role_name in ('caseworker', 'attorney', 'supervisor', 'staff', 'admin'))
);
