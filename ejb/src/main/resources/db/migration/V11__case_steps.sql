-- The step a case waits in is stored by its name in the application (CaseStep), no longer by the process
-- definition's activity id: the process's ids stay inside the workflow module.
update detention_case set workflow_step = case workflow_step
    when 'intake' then 'INTAKE'
    when 'iceHoldCheck' then 'ICE_HOLD_CHECK'
    when 'iceHoldRecheck' then 'ICE_HOLD_RECHECK'
    when 'attorneyReferral' then 'ATTORNEY_REFERRAL'
    when 'attorneyResponse' then 'ATTORNEY_RESPONSE'
    when 'attorneyReview' then 'ATTORNEY_REVIEW'
    when 'campaignApproval' then 'CAMPAIGN_APPROVAL'
    when 'closure' then 'CLOSURE'
    when 'holdEscalation' then 'HOLD_EXPIRES_SOON'
    when 'unlawfulDetention' then 'HELD_PAST_EXPIRY'
    else workflow_step end
where workflow_step is not null;
