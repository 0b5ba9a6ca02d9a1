package org.amparo.campaigns.domain;

/**
 * The toolkit's "Sample Law Enforcement Meeting Agenda": the prep meeting, the agenda itself with its times, and what
 * to do after, in its order. A meeting's page shows it as the template to follow.
 */
public enum AgendaItem {
    PREP_ASSIGN_ROLES(Part.PREPARATION),
    PREP_TONE(Part.PREPARATION),
    PREP_REVIEW(Part.PREPARATION),
    INTRODUCTIONS(Part.MEETING),
    MEETING_POINTS(Part.MEETING),
    TESTIMONY(Part.MEETING),
    QUESTIONS(Part.MEETING),
    CLOSING(Part.MEETING),
    DEBRIEF(Part.AFTER),
    THANK_YOU_LETTER(Part.AFTER);

    /** When in the meeting's life an item comes. */
    public enum Part { PREPARATION, MEETING, AFTER }

    private final Part part;

    AgendaItem(Part part) {
        this.part = part;
    }

    public Part part() {
        return part;
    }
}
