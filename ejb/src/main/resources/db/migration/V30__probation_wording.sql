-- Spanish review (issue 21): probation is "libertad a prueba", as everywhere else in Amparo; "libertad condicional" is
-- parole. The two seed checklist items of V27 said it wrong.
update checklist_item set wording_es = 'Oficiales de libertad a prueba que reportan personas a ICE'
    where item_key = 'probation-reports-to-ice' and wording_es = 'Oficiales de libertad condicional que reportan personas a ICE';
update checklist_item set wording_es = 'Arrestos de ICE en citas de libertad a prueba'
    where item_key = 'probation-appointment-arrests' and wording_es = 'Arrestos de ICE en citas de libertad condicional';
