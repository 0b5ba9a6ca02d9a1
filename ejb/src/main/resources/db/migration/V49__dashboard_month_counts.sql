-- The dashboard's figures over time at a million cases (issue 20): how many cases closed with each outcome, ICE
-- documents of each form were issued and cases with each finding were opened, per calendar month (its first day) and
-- facility, recounted from the cases every few minutes. When the file is large and the view is not narrowed to someone's
-- cases, the dashboard reads the whole months of its period here and counts only the days at its ends (this month's so
-- far) from the cases. Ids, months and labels only: no person, nothing retention needs to touch.
create table dashboard_month_count (
    figure      varchar(16) not null,
    month_start date        not null,
    facility_id bigint,
    label       varchar(40),
    cases       bigint      not null
);
create index dashboard_month_count_figure_month on dashboard_month_count (figure, month_start);

-- The one row that says when the counts above were made, of how many cases, and how long the recount took. A recount
-- locks it first, so that two servers' recounts take turns.
create table dashboard_count_run (
    id         integer   not null primary key,
    counted_at timestamp,
    cases      bigint    not null,
    took_ms    bigint    not null
);
insert into dashboard_count_run (id, counted_at, cases, took_ms) values (1, null, 0, 0);

insert into schedule_run (name, last_slot) values ('DASHBOARD_RECOUNT', timestamp '1970-01-01 00:00:00');

-- The days at a period's ends are counted from the cases: findings by the day their case was opened.
create index detention_case_opened_idx on detention_case (opened_at);
