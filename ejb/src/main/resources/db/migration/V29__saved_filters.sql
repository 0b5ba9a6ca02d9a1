-- Filters each person saves on the case list and the task inbox (issue 21): criteria only (status, step, facility,
-- priority, finding, urgency, sort), never a search text, so no name or number is ever stored in a setting.
create sequence saved_filter_seq start with 1 increment by 50;

create table saved_filter (
    id         bigint       not null primary key,
    username   varchar(64)  not null references app_user (username),
    page       varchar(10)  not null,
    name       varchar(60)  not null,
    criteria   varchar(500) not null,
    created_at timestamp    not null,
    constraint saved_filter_name_once unique (username, page, name),
    constraint saved_filter_page_known check (page in ('CASES', 'TASKS'))
);
