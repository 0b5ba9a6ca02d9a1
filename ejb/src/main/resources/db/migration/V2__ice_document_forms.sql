-- The ICE documents of DOMAIN.md section 2, as reference data: a new form is a row, not a release.
insert into ice_document_form (code, label, is_detainer, asks_hold, asks_notification, hold_counts_business_hours, active) values
('I_247',  'I-247 Immigration Detainer (pre-2015: notify and hold 48 business hours)', true,  true,  true,  true,  false),
('I_247D', 'I-247D Immigration Detainer - Request for Voluntary Action (hold)',        true,  true,  false, false, false),
('I_247N', 'I-247N Request for Voluntary Notification of Release',                     true,  false, true,  false, false),
('I_247X', 'I-247X Request for Voluntary Transfer',                                    true,  true,  true,  false, false),
('I_247A', 'I-247A Immigration Detainer - Notice of Action (2017 on)',                 true,  true,  false, false, true),
('I_200',  'I-200 Warrant for Arrest of Alien',                                        false, false, false, false, true),
('I_205',  'I-205 Warrant of Removal/Deportation',                                     false, false, false, false, true),
('I_203',  'I-203 Order to Detain or Release Alien',                                   false, false, false, false, true),
('NTA',    'I-862 Notice to Appear',                                                   false, false, false, false, true);
