package org.amparo.campaigns.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A campaign's plan of action: its steps by due day, whether each is done or overdue, and who may mark it done. */
public record ActionPlan(long campaignId, List<Step> steps) implements Serializable {

    /**
     * A step: what, whose (the account and its display name), by when, done on a day by someone or not, overdue, and
     * whether the reader may mark it done (its owner, or who runs campaigns).
     */
    public record Step(long id, String title, String owner, String ownerName, LocalDate dueOn, LocalDate doneOn, String doneBy,
                       boolean overdue, boolean mayMarkDone) implements Serializable {
    }

    /** Planning a step: what, whose (a username) and by when. */
    public record NewStep(String title, String owner, LocalDate dueOn) implements Serializable {
    }
}
