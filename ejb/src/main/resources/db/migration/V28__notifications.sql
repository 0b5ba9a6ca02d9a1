-- Reminders and notifications (issue 21): what each person chooses to receive, and every reminder made, once.
create table notification_settings (
    username             varchar(64)  not null primary key references app_user (username),
    version              integer      not null,
    email                varchar(254),
    on_call              boolean      default false not null,
    court_dates_by_email boolean      default true  not null,
    task_digest_by_email boolean      default true  not null,
    feed_secret_hash     varchar(64),
    feed_created_at      timestamp,
    last_digest_on       date
);
create unique index notification_settings_feed_idx on notification_settings (feed_secret_hash);

create sequence notification_seq start with 1 increment by 50;

-- One row per reminder and person; the subject key (kind, case, the moment it is about) makes each reminder once only,
-- whichever node's timer or whichever restart makes it.
create table notification (
    id             bigint       not null primary key,
    username       varchar(64)  not null references app_user (username),
    kind           varchar(20)  not null,
    subject_key    varchar(120) not null,
    case_id        bigint,
    about_at       timestamp,
    zone           varchar(40),
    item_count     integer      default 0 not null,
    created_at     timestamp    not null,
    read_at        timestamp,
    email_state    varchar(10)  not null,
    email_attempts integer      default 0 not null,
    emailed_at     timestamp,
    email_claimed_at timestamp,
    constraint notification_once unique (username, subject_key),
    constraint notification_kind_known check (kind in ('HOLD_EXPIRING', 'COURT_DATE', 'OVERDUE_TASKS')),
    constraint notification_email_state_known check (email_state in ('NONE', 'PENDING', 'SENDING', 'SENT', 'FAILED'))
);
create index notification_user_idx on notification (username, created_at);
create index notification_email_idx on notification (email_state);
