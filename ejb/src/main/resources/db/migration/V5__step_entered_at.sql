-- When a case entered its current workflow step, so the pipeline can say how long cases sit in each step.
alter table detention_case add column step_entered_at timestamp;
update detention_case set step_entered_at = opened_at where workflow_step is not null;
create index detention_case_step_entered_idx on detention_case (workflow_step, step_entered_at);
create index detention_case_closed_idx on detention_case (closed_at);
create index detainer_issued_idx on detainer (issued_at);
