-- The toolkit's "Checklist for Monitoring Police-ICE Collusion" per jurisdiction (issue 14 part 2, DOMAIN.md section 6).
-- checklist_item is reference data: the seed's 40 items in its seven groups (ids below 1000), and the organisation's own
-- items (custom, from the sequence). checklist_entry is one item's state in one jurisdiction, with its history in
-- checklist_entry_aud; checklist_evidence holds its evidence as typed rows (a case, a document, a meeting answer, a
-- hotline report), those the system derives from case findings marked derived.
create sequence checklist_item_seq start with 1000 increment by 50;

create table checklist_item (
    id         bigint       not null primary key,
    item_key   varchar(80)  not null,
    item_group varchar(40)  not null,
    position   integer      not null,
    wording    varchar(300) not null,
    wording_es varchar(300),
    custom     boolean      not null,
    constraint checklist_item_key_unique unique (item_key),
    constraint checklist_item_group_known check (item_group in ('INFORMATION_SHARING', 'TRANSFERS_TO_ICE', 'CRIMINAL_JUSTICE_PROCESS', 'SWEEPS_AND_RAIDS', 'ENFORCEMENT_PRIORITIES', 'ARRESTS_AND_RAIDS', 'DETENTION_AND_PROSECUTION'))
);
insert into checklist_item (id, item_key, item_group, position, wording, wording_es, custom) values
    (1, 'fingerprint-sharing', 'INFORMATION_SHARING', 1, 'Fingerprint sharing (not optional)', 'Compartir huellas dactilares (no es opcional)', false),
    (2, 'notifying-ice-before-release', 'INFORMATION_SHARING', 2, 'Notifying ICE before release', 'Avisar a ICE antes de la liberación', false),
    (3, 'ice-access-booking-info', 'INFORMATION_SHARING', 3, 'Allowing ICE access to place of birth or other booking info', 'Permitir a ICE acceso al lugar de nacimiento u otros datos del registro de ingreso', false),
    (4, 'ice-interviews-in-jail', 'INFORMATION_SHARING', 4, 'Allowing ICE to interview or screen immigrants inside the jail', 'Permitir a ICE entrevistar o evaluar a inmigrantes dentro de la cárcel', false),
    (5, 'ice-access-jail-databases', 'INFORMATION_SHARING', 5, 'Allowing ICE access to jail databases', 'Permitir a ICE acceso a las bases de datos de la cárcel', false),
    (6, 'ice-questionnaires-to-inmates', 'INFORMATION_SHARING', 6, 'Giving ICE questionnaires to inmates', 'Entregar cuestionarios de ICE a las personas detenidas', false),
    (7, 'sharing-personal-information', 'INFORMATION_SHARING', 7, 'Sharing personal information with ICE such as home address, physical description, etc.', 'Compartir con ICE información personal como domicilio, descripción física, etc.', false),
    (8, 'probation-reports-to-ice', 'INFORMATION_SHARING', 8, 'Probation officers reporting people to ICE', 'Oficiales de libertad condicional que reportan personas a ICE', false),
    (9, 'holds-past-release-date', 'TRANSFERS_TO_ICE', 1, 'Holding individuals past criminal release date for ICE', 'Retener a personas para ICE más allá de su fecha de liberación penal', false),
    (10, 'coordinating-pickup-times', 'TRANSFERS_TO_ICE', 2, 'Coordinating with ICE on pickup times', 'Coordinar con ICE las horas de recogida', false),
    (11, 'handover-at-out-processing', 'TRANSFERS_TO_ICE', 3, 'Handing people to ICE as part of out-processing from jail', 'Entregar personas a ICE como parte del trámite de salida de la cárcel', false),
    (12, 'transporting-to-ice-offices', 'TRANSFERS_TO_ICE', 4, 'Transporting people to ICE offices', 'Transportar personas a oficinas de ICE', false),
    (13, 'transfers-within-facility', 'TRANSFERS_TO_ICE', 5, 'Transferring people directly to ICE custody within same facility', 'Transferir personas directamente a la custodia de ICE dentro del mismo centro', false),
    (14, 'calling-ice-to-roadside-stops', 'TRANSFERS_TO_ICE', 6, 'Calling ICE to roadside stops', 'Llamar a ICE a paradas en la carretera', false),
    (15, 'arrests-on-ncic-warrants', 'TRANSFERS_TO_ICE', 7, 'Arrests based on NCIC immigration warrants', 'Arrestos basados en órdenes migratorias del NCIC', false),
    (16, 'bail-denied-for-status', 'CRIMINAL_JUSTICE_PROCESS', 1, 'Denial or increase of bail based on immigration status', 'Negar o aumentar la fianza por el estatus migratorio', false),
    (17, 'bail-refused-for-pep-request', 'CRIMINAL_JUSTICE_PROCESS', 2, 'Refusal to process bail because of PEP custody request', 'Negarse a tramitar la fianza por una solicitud de custodia de PEP', false),
    (18, 'diversion-denied-for-pep-request', 'CRIMINAL_JUSTICE_PROCESS', 3, 'Denial of diversion or treatment programs because of PEP request', 'Negar programas alternativos o de tratamiento por una solicitud de PEP', false),
    (19, 'police-assist-ice-raids', 'SWEEPS_AND_RAIDS', 1, 'Police escort or assistance on ICE raids', 'Escolta o asistencia policial en redadas de ICE', false),
    (20, 'joint-enforcement-operations', 'SWEEPS_AND_RAIDS', 2, 'Joint enforcement operations', 'Operativos conjuntos de control', false),
    (21, 'ice-hold-requests', 'ENFORCEMENT_PRIORITIES', 1, 'ICE hold requests', 'Solicitudes de retención de ICE', false),
    (22, 'ice-notification-requests', 'ENFORCEMENT_PRIORITIES', 2, 'ICE notification requests', 'Solicitudes de notificación de ICE', false),
    (23, 'ice-catchall-requests', 'ENFORCEMENT_PRIORITIES', 3, 'ICE catchall requests', 'Solicitudes generales de ICE', false),
    (24, 'non-priority-custody-requests', 'ENFORCEMENT_PRIORITIES', 4, 'ICE Custody Requests on non-enforcement-priorities', 'Solicitudes de custodia de ICE sobre personas que no son prioridad de control', false),
    (25, 'custody-without-notice', 'ENFORCEMENT_PRIORITIES', 5, 'ICE takes custody even though detainee did not receive notice of ICE hold (required on the form)', 'ICE toma la custodia aunque la persona detenida no recibió aviso de la retención (el formulario lo exige)', false),
    (26, 'prosecutorial-discretion-refused', 'ENFORCEMENT_PRIORITIES', 6, 'ICE refuses to grant prosecutorial discretion', 'ICE se niega a conceder discreción procesal', false),
    (27, 'warrants-not-detainers', 'ENFORCEMENT_PRIORITIES', 7, 'ICE sends local jail ICE warrants, removal orders, or other fake evidence of ICE authority', 'ICE envía a la cárcel local órdenes de ICE, órdenes de deportación u otras pruebas falsas de su autoridad', false),
    (28, 'dmv-data-for-arrests', 'ARRESTS_AND_RAIDS', 1, 'ICE accessing DMV data for arrests', 'ICE usa datos del DMV para arrestar', false),
    (29, 'impersonating-police', 'ARRESTS_AND_RAIDS', 2, 'ICE or CBP agents impersonating local police or other officials', 'Agentes de ICE o CBP que se hacen pasar por policía local u otros funcionarios', false),
    (30, 'homes-entered-without-warrants', 'ARRESTS_AND_RAIDS', 3, 'Entering homes without warrants', 'Entrar en viviendas sin orden judicial', false),
    (31, 'checkpoint-arrests', 'ARRESTS_AND_RAIDS', 4, 'ICE arrests at traffic/DUI checkpoints', 'Arrestos de ICE en retenes de tránsito o de alcoholemia', false),
    (32, 'taskforce-sweeps', 'ARRESTS_AND_RAIDS', 5, 'Conducting taskforce sweeps with local law enforcement', 'Redadas de fuerzas conjuntas con la policía local', false),
    (33, 'pickups-at-release', 'ARRESTS_AND_RAIDS', 6, 'ICE pickups directly from jails at time of release', 'ICE recoge a personas directamente en la cárcel al momento de su liberación', false),
    (34, 'courthouse-arrests', 'ARRESTS_AND_RAIDS', 7, 'ICE arrests at courthouses', 'Arrestos de ICE en tribunales', false),
    (35, 'probation-appointment-arrests', 'ARRESTS_AND_RAIDS', 8, 'ICE arrests at probation appointments', 'Arrestos de ICE en citas de libertad condicional', false),
    (36, 'threats-abuse-injuries', 'ARRESTS_AND_RAIDS', 9, 'ICE threatens, abuses, or injures people', 'ICE amenaza, maltrata o lesiona a personas', false),
    (37, 'arrest-before-criminal-case-ends', 'DETENTION_AND_PROSECUTION', 1, 'ICE arrest before resolution of criminal case', 'Arresto de ICE antes de que se resuelva el caso penal', false),
    (38, 'missed-local-court-dates', 'DETENTION_AND_PROSECUTION', 2, 'ICE detainees can''t attend local court dates', 'Personas detenidas por ICE no pueden asistir a sus audiencias locales', false),
    (39, 'immigration-crime-prosecutions', 'DETENTION_AND_PROSECUTION', 3, 'Prosecutions/warrants for federal immigration crimes like illegal reentry', 'Procesos u órdenes por delitos migratorios federales como el reingreso ilegal', false),
    (40, 'pressure-to-sign-removal', 'DETENTION_AND_PROSECUTION', 4, 'ICE agents try to get people in local jail to sign their own deportation order', 'Agentes de ICE intentan que personas en la cárcel local firmen su propia orden de deportación', false);

create sequence checklist_entry_seq start with 1 increment by 50;

create table checklist_entry (
    id              bigint       not null primary key,
    version         integer      not null,
    jurisdiction_id bigint       not null references jurisdiction (id),
    item_key        varchar(80)  not null references checklist_item (item_key),
    state           varchar(20)  not null,
    observed_on     date,
    source          varchar(500),
    by_system       boolean      not null,
    set_by          varchar(64),
    set_at          timestamp    not null,
    constraint checklist_entry_one_per_item unique (jurisdiction_id, item_key),
    constraint checklist_entry_state_known check (state in ('OBSERVED', 'NOT_OBSERVED', 'UNKNOWN'))
);

create table checklist_entry_aud (
    id              bigint not null,
    rev             bigint not null references revision (id),
    revtype         smallint,
    version         integer,
    jurisdiction_id bigint,
    item_key        varchar(80),
    state           varchar(20),
    observed_on     date,
    source          varchar(500),
    by_system       boolean,
    set_by          varchar(64),
    set_at          timestamp,
    primary key (id, rev)
);

create table checklist_evidence (
    entry_id bigint      not null references checklist_entry (id),
    kind     varchar(20) not null,
    ref_id   bigint      not null,
    derived  boolean     not null,
    primary key (entry_id, kind, ref_id, derived),
    constraint checklist_evidence_kind_known check (kind in ('CASE', 'DOCUMENT', 'MEETING_ANSWER', 'HOTLINE_REPORT'))
);
create index checklist_evidence_ref_idx on checklist_evidence (kind, ref_id);
