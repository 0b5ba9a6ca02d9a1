package org.amparo.campaigns.domain;

/**
 * The toolkit's question bank for meetings with law enforcement ("Questions for Meeting with Law Enforcement"), each
 * under its heading, in its order and words (a follow-up question keeps the toolkit's lead-in where it needs one to be
 * understood alone). Pages and letters show it in the reader's language; a meeting may also record its own questions.
 */
public enum MeetingQuestion {
    BIGGEST_ISSUES(QuestionGroup.GETTING_TO_KNOW, "What do you see as the biggest issues between the immigrant community and law enforcement facing this community?"),
    CHANGES_WANTED(QuestionGroup.GETTING_TO_KNOW, "What are some of the biggest changes that you would like to see in federal immigration enforcement? this area?"),
    TRUST_PROGRAMS(QuestionGroup.GETTING_TO_KNOW, "Can you tell us about any programs that you have that aim to build trust with our communities?"),
    COMMUNITY_POLICING(QuestionGroup.GETTING_TO_KNOW, "What does “community policing” look like in your department?"),

    DIRECTION_FROM_ICE(QuestionGroup.EXECUTIVE_ACTION, "Have you or other agencies received any direction from ICE, locally or federally, regarding PEP or other immigration enforcement changes?"),
    CHANGES_IN_ICE_ACTIVITY(QuestionGroup.EXECUTIVE_ACTION, "Have there been any changes in ICE activities or requests here locally, or have you heard of changes in any other localities?"),
    RECEIVE_DETAINERS(QuestionGroup.EXECUTIVE_ACTION, "Do you receive ICE detainers, aka custody requests, of any kind?"),
    DETAINER_TYPES(QuestionGroup.EXECUTIVE_ACTION, "What types of custody requests do you receive? I-247D, I-247N, I-247X?"),
    DETAINER_FREQUENCY(QuestionGroup.EXECUTIVE_ACTION, "How often do you receive them? E.g. per week, per month?"),
    DETAINER_STAGE(QuestionGroup.EXECUTIVE_ACTION, "At what stage in the criminal justice process is an ICE Custody Request typically issued?"),
    FOURTH_AMENDMENT(QuestionGroup.EXECUTIVE_ACTION, "How do you ensure that any detention under an ICE hold complies with the Fourth Amendment?"),
    LOCAL_POLICY_COMPLIANCE(QuestionGroup.EXECUTIVE_ACTION, "How do you confirm that an ICE Custody Request complies with the [TRUST Act or our local detainer policy]?"),
    NOTIFICATION_REQUESTS(QuestionGroup.EXECUTIVE_ACTION, "Have you received requests for notification of release dates, rather than holds?"),
    NOTIFICATION_DETAILS(QuestionGroup.EXECUTIVE_ACTION, "If yes: how many, how often, on whom, etc.?"),
    COMPLY_WITH_RELEASE_DATE_REQUEST(QuestionGroup.EXECUTIVE_ACTION, "If ICE asks you for someone’s release date, do you intend to comply?"),
    COURTESY_NOTICE(QuestionGroup.EXECUTIVE_ACTION, "Do you proactively provide a courtesy notice to ICE regarding release dates even without a request?"),
    COPY_OF_DETAINER(QuestionGroup.EXECUTIVE_ACTION, "Do you give the inmate or their attorney a copy of the ICE Detainer?"),
    ICE_PICKUP_FREQUENCY(QuestionGroup.EXECUTIVE_ACTION, "How often does ICE show up to pick someone up?"),
    ICE_PICKUP_PLACE(QuestionGroup.EXECUTIVE_ACTION, "If they show up, where do they show up (in jail, outside, etc.)?"),
    SET_RELEASE_TIME(QuestionGroup.EXECUTIVE_ACTION, "Does the jail have a set, daily release time that ICE knows about?"),

    ASCERTAIN_STATUS(QuestionGroup.OTHER_COOPERATION, "Do you make any effort to collect or ascertain immigration status of inmates? If so, why?"),
    PLACE_OF_BIRTH(QuestionGroup.OTHER_COOPERATION, "Are individuals asked for place of birth during booking? Why? Is ICE given access to this information?"),
    DATA_ACCESS(QuestionGroup.OTHER_COOPERATION, "What information or jail data systems do ICE agents have access to? E.g. booking information, inmate databases, anything else?"),
    COLLECT_FOR_ICE(QuestionGroup.OTHER_COOPERATION, "Do you collect information for ICE in any way? For example, a questionnaire?"),
    ICE_AT_JAIL(QuestionGroup.OTHER_COOPERATION, "How often are ICE agents at the jail? Do they have a desk or office at the jail?"),
    SIGN_IN(QuestionGroup.OTHER_COOPERATION, "Do they sign in anywhere?"),
    INTERVIEWS_ALLOWED(QuestionGroup.OTHER_COOPERATION, "Are ICE agents allowed to interview individuals?"),
    INTERVIEW_PROCESS(QuestionGroup.OTHER_COOPERATION, "What is the process for allowing them to interview individuals? Do they make a request with jail staff or can they directly access the person?"),
    IDENTIFY_AS_DHS(QuestionGroup.OTHER_COOPERATION, "Does ICE clearly identify themselves as DHS agents?"),
    WHOM_TO_INTERVIEW(QuestionGroup.OTHER_COOPERATION, "Do you know how ICE agents decide whom to interview?"),
    RESOURCES_SPENT(QuestionGroup.OTHER_COOPERATION, "How much of your resources (time or money) are expended on communications with ICE (including holds and notifications)?"),
    OTHER_PROJECTS(QuestionGroup.OTHER_COOPERATION, "Do you ever collaborate with ICE in any other projects or investigations? E.g., gang task force, translation, etc."),
    REQUESTS_FOR_HELP(QuestionGroup.OTHER_COOPERATION, "Does ICE ever reach out for requests for help in any activities or investigations? If so, what does this entail?"),

    SHARE_POLICIES(QuestionGroup.NEXT_STEPS, "Can your Office share any written policies, procedures, and training materials regarding the treatment of immigrants or anything else regarding interactions or communications with ICE?"),
    SHARE_DATA(QuestionGroup.NEXT_STEPS, "Can your Office share data regarding receipt of ICE Detainers and if they are complied with, and why?"),
    NEXT_MEETING(QuestionGroup.NEXT_STEPS, "How soon can we meet to discuss next steps (shared data, suggested revisions to policy, etc.)?"),
    JAIL_TOUR(QuestionGroup.NEXT_STEPS, "When can we schedule a jail tour [if desired]?");

    private final QuestionGroup group;
    private final String wording;

    MeetingQuestion(QuestionGroup group, String wording) {
        this.group = group;
        this.wording = wording;
    }

    public QuestionGroup group() {
        return group;
    }

    /** The toolkit's words. */
    public String wording() {
        return wording;
    }
}
