-- Issue 20: V6's index on detention_case.deleted_at goes. Every query of cases carries "deleted_at is null" (the
-- entity's restriction), and H2 took this index for it: it then read every case through it and sorted them all for the
-- case list's newest page, instead of reading the primary key backwards and stopping after 25 (seconds at a million
-- cases). No query looks cases up by their deletion (retention reaches them through their people), and nearly every
-- case matches "not deleted", so the index served neither database.
drop index if exists detention_case_deleted_idx;
