-- Issue 14: a campaign is closed, on a day, with how it ended; a jurisdiction then may start its next one (one runs at a
-- time). The columns are kept in the campaign's revisions too (Envers).
alter table campaign add column closed_on date;
alter table campaign add column closed_by varchar(64);
alter table campaign add column closing_result varchar(20);
alter table campaign add constraint campaign_closing_result_known
    check (closing_result is null or closing_result in ('WON', 'PARTLY_WON', 'LOST'));
alter table campaign add constraint campaign_closing_whole
    check ((closed_on is null and closed_by is null and closing_result is null)
        or (closed_on is not null and closed_by is not null and closing_result is not null));
create index campaign_running_idx on campaign (jurisdiction_id, closed_on);

alter table campaign_aud add column closed_on date;
alter table campaign_aud add column closed_by varchar(64);
alter table campaign_aud add column closing_result varchar(20);
