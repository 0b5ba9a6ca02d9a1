-- Signed-in sessions in the database instead of each server's memory (issue 16 and 19): an administrator lists the
-- sessions of every server sharing the database and ends any of them, and the server that holds the session sees it
-- at the session's next request. A session is named by a random handle, never by its id. Staff accounts only: no
-- personal data of the people in the files.
create table signed_in_session (
    handle               varchar(36)  not null primary key,
    username             varchar(64)  not null,
    via                  varchar(10)  not null,
    node                 varchar(100) not null,
    signed_in_at         timestamp    not null,
    last_seen_at         timestamp    not null,
    must_change_password boolean      not null,
    ended_at             timestamp
);
create index signed_in_session_user_idx on signed_in_session (username);
create index signed_in_session_seen_idx on signed_in_session (last_seen_at);
