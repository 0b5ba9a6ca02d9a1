package org.amparo.campaigns.domain;

/**
 * The toolkit's sample specific policy asks for the goal "stop ICE collaboration" ("Getting Your Campaign into Gear",
 * step 3), in its order. The wording here is the toolkit's; pages show it in the reader's language.
 */
public enum SampleAsk {
    REFUSE_CUSTODY_REQUESTS("Convince law enforcement to refuse all PEP custody requests, and not to hold people for ICE or notify ICE of immigrants' release dates."),
    NO_ICE_IN_JAIL_WITHOUT_WARRANT("Don't let ICE into local jails and don't let them talk to inmates unless they have a warrant signed by a federal magistrate."),
    EQUAL_ACCESS_TO_BAIL("Ensure that bail is not raised or denied for noncitizens based on status. Immigrants should have equal access to bail."),
    NO_TRANSPORT_TO_ICE("Stop local law enforcement from transporting detainees to ICE."),
    NO_ARRESTS_AT_COURT_OR_PROBATION("Prohibit ICE from making arrests at court or probation appointments."),
    END_287G("End 287(g) agreements."),
    TELL_INMATES_OF_REQUESTS("Require that the jail inform inmates if they have a PEP Custody Request.");

    private final String wording;

    SampleAsk(String wording) {
        this.wording = wording;
    }

    public String wording() {
        return wording;
    }
}
