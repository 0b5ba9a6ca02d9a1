package org.amparo.monitoring.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The toolkit's "Checklist for Monitoring Police-ICE Collusion" (Ending Local Collaboration with ICE, 2015, section II),
 * copied from the seed text: each group as the toolkit heads it, with its items in its order and words.
 */
final class SeedChecklist {

    static final Map<ChecklistGroup, List<String>> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put(ChecklistGroup.INFORMATION_SHARING, List.of(
                "Fingerprint sharing (not optional)",
                "Notifying ICE before release",
                "Allowing ICE access to place of birth or other booking info",
                "Allowing ICE to interview or screen immigrants inside the jail",
                "Allowing ICE access to jail databases",
                "Giving ICE questionnaires to inmates",
                "Sharing personal information with ICE such as home address, physical description, etc.",
                "Probation officers reporting people to ICE"));
        GROUPS.put(ChecklistGroup.TRANSFERS_TO_ICE, List.of(
                "Holding individuals past criminal release date for ICE",
                "Coordinating with ICE on pickup times",
                "Handing people to ICE as part of out-processing from jail",
                "Transporting people to ICE offices",
                "Transferring people directly to ICE custody within same facility",
                "Calling ICE to roadside stops",
                "Arrests based on NCIC immigration warrants"));
        GROUPS.put(ChecklistGroup.CRIMINAL_JUSTICE_PROCESS, List.of(
                "Denial or increase of bail based on immigration status",
                "Refusal to process bail because of PEP custody request",
                "Denial of diversion or treatment programs because of PEP request"));
        GROUPS.put(ChecklistGroup.SWEEPS_AND_RAIDS, List.of(
                "Police escort or assistance on ICE raids",
                "Joint enforcement operations"));
        GROUPS.put(ChecklistGroup.ENFORCEMENT_PRIORITIES, List.of(
                "ICE hold requests",
                "ICE notification requests",
                "ICE catchall requests",
                "ICE Custody Requests on non-enforcement-priorities",
                "ICE takes custody even though detainee did not receive notice of ICE hold (required on the form)",
                "ICE refuses to grant prosecutorial discretion",
                "ICE sends local jail ICE warrants, removal orders, or other fake evidence of ICE authority"));
        GROUPS.put(ChecklistGroup.ARRESTS_AND_RAIDS, List.of(
                "ICE accessing DMV data for arrests",
                "ICE or CBP agents impersonating local police or other officials",
                "Entering homes without warrants",
                "ICE arrests at traffic/DUI checkpoints",
                "Conducting taskforce sweeps with local law enforcement",
                "ICE pickups directly from jails at time of release",
                "ICE arrests at courthouses",
                "ICE arrests at probation appointments",
                "ICE threatens, abuses, or injures people"));
        GROUPS.put(ChecklistGroup.DETENTION_AND_PROSECUTION, List.of(
                "ICE arrest before resolution of criminal case",
                "ICE detainees can't attend local court dates",
                "Prosecutions/warrants for federal immigration crimes like illegal reentry",
                "ICE agents try to get people in local jail to sign their own deportation order"));
    }

    private SeedChecklist() {
    }
}
