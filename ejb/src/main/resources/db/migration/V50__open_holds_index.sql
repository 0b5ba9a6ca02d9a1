-- The dashboard's holds expiring (issue 20): the open cases' holds in the order they run out, so that the list reads
-- its 500 soonest and stops, and the counts read only open cases' holds. At a million cases, 184-680 ms to 25-32 ms
-- for the list on PostgreSQL (it read and joined every open case with an expired hold, then sorted them). custody_end
-- last: the holds still held are picked from the index.
create index detention_case_open_holds_idx on detention_case (status, hold_expires_at, id, custody_end);
