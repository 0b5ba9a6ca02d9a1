-- The dashboard's figures of now (issue 20), read from indexes alone at a million cases (100,000 open), tried by hand
-- on PostgreSQL: the counts no longer join the facility (see DashboardQueries), and each index holds every column its
-- count reads, deleted_at among them (no count includes a deleted case).
-- The pipeline, open cases per step with the median and oldest time in the step: 195 to 56 ms. It also serves a step's
-- cases oldest first. It takes the place of V1's index on (status, workflow_step), of which it is a widening.
drop index detention_case_status_step_idx;
create index detention_case_open_steps_idx on detention_case (status, workflow_step, step_entered_at, deleted_at);
-- The hold counts: 35-67 to 10-18 ms. V50's index with deleted_at at its end (the list of holds reads it as before).
drop index detention_case_open_holds_idx;
create index detention_case_open_holds_idx on detention_case (status, hold_expires_at, id, custody_end, deleted_at);
