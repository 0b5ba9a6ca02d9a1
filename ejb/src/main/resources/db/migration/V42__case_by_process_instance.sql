-- The task inbox ranks every task of a person's inbox by facts of its case (the hold's expiry, the priority), and finds
-- each task's case by the process instance the task is in (issues 20 and 21: no inbox stops at its first 500 tasks).
create index detention_case_process_instance_idx on detention_case (process_instance_id);
