-- Background work (exports, roster imports, and the reports and reminders to come) is one table: the request that
-- starts a job writes its row, the server that runs it writes its progress in short transactions of their own so a
-- poller sees them, and a restart finds what was left running and marks it failed. A row holds counts and ids only,
-- never personal data: the summary is "key=value" words and numbers, the failure message is words for the owner.
create table background_job (
    id              varchar(36)   not null primary key,
    kind            varchar(40)   not null,
    owner_name      varchar(100)  not null,
    state           varchar(10)   not null,
    progress_done   bigint        not null,
    progress_total  bigint        not null,
    summary         varchar(1000),
    failure_message varchar(2000),
    created_at      timestamp     not null,
    started_at      timestamp,
    finished_at     timestamp,
    node_id         varchar(100)  not null,
    constraint background_job_state_known check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    constraint background_job_progress_sane check (progress_done >= 0 and progress_total >= 0),
    constraint background_job_finished_when_ended check ((state in ('DONE', 'FAILED') and finished_at is not null)
        or (state in ('QUEUED', 'RUNNING') and finished_at is null))
);
-- A poller reads by id; the owner's list and the restart's sweep read by these.
create index background_job_owner_idx on background_job (owner_name, kind, created_at);
create index background_job_state_idx on background_job (state, node_id);
