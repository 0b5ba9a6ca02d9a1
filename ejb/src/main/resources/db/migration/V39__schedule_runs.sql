-- Two servers, one database (issue 19): each timed task that must run once per slot, not once per server, claims its
-- slot here before it runs (a conditional update: exactly one server's succeeds). One row per schedule.
create table schedule_run (
    name      varchar(40)  not null primary key,
    last_slot timestamp    not null,
    last_node varchar(100),
    ran_at    timestamp
);
insert into schedule_run (name, last_slot) values ('HOLD_EXPIRY_WATCH', timestamp '1970-01-01 00:00:00');
insert into schedule_run (name, last_slot) values ('REMINDER_WATCH', timestamp '1970-01-01 00:00:00');
insert into schedule_run (name, last_slot) values ('CHECKLIST_REFRESH', timestamp '1970-01-01 00:00:00');
insert into schedule_run (name, last_slot) values ('NIGHTLY_RESCREENING', timestamp '1970-01-01 00:00:00');
insert into schedule_run (name, last_slot) values ('RETENTION', timestamp '1970-01-01 00:00:00');
