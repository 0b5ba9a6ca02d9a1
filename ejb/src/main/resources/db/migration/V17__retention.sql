-- Retention: a person whose every case was closed (or deleted) longer ago than the retention period is anonymised:
-- identifiers and free text removed from the current and the history tables, the case facts kept under pseudonyms
-- for the statistics and the campaign evidence. The day it happened is kept, so a run never does it twice.
alter table person add column anonymised_at timestamp;
create index audit_event_actor_idx on audit_event (actor, occurred_at);
create index audit_event_occurred_idx on audit_event (occurred_at);
