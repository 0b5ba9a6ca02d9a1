package org.amparo.process;

import org.amparo.cases.domain.CaseOutcome;
import org.amparo.shared.domain.Labels;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * What a step's history says was decided: a kind and its detail (the attorney a case was given to, the outcome it was
 * closed with), as {@link StepDecision#summary()} keeps it in the engine's history and as a page words it in the
 * reader's language. It holds no one's personal data and no free text: an attorney's reason for declining is a note on
 * the case. The forms older versions kept are read too ({@code declined: } and the reason, which is left out).
 */
public record StepOutcome(Kind kind, String detail) implements Serializable {

    /** The kinds of decision, each with the words the engine's history keeps for it (a detail follows those ending in a space). */
    public enum Kind {
        INTAKE_COMPLETE("intake complete"),
        HOLD_VERIFIED("hold verified"),
        ASSIGNED("assigned to "),
        ACCEPTED("accepted"),
        DECLINED("declined"),
        CAMPAIGN_RECOMMENDED("campaign recommended"),
        REVIEWED("reviewed"),
        APPROVED("approved"),
        REJECTED("rejected"),
        CLOSED("closed: "),
        ACKNOWLEDGED("acknowledged");

        private final String kept;

        Kind(String kept) {
            this.kept = kept;
        }

        private boolean hasDetail() {
            return kept.endsWith(" ");
        }
    }

    public static StepOutcome of(Kind kind) {
        return new StepOutcome(kind, null);
    }

    /** What the engine's history keeps: {@code assigned to attorney}, {@code closed: RELEASED}, {@code declined}. */
    public String kept() {
        return kind.kept + (kind.hasDetail() && detail != null ? detail : "");
    }

    /** The outcome read back from what the history keeps; none for anything else. */
    public static Optional<StepOutcome> read(String kept) {
        if (kept == null) {
            return Optional.empty();
        }
        if (kept.equals(Kind.DECLINED.kept) || kept.startsWith(Kind.DECLINED.kept + ":")) {
            return Optional.of(of(Kind.DECLINED)); // before this version, the attorney's reason followed
        }
        for (Kind kind : Kind.values()) {
            if (kind.hasDetail() ? kept.startsWith(kind.kept) : kept.equals(kind.kept)) {
                return Optional.of(new StepOutcome(kind, kind.hasDetail() ? kept.substring(kind.kept.length()) : null));
            }
        }
        return Optional.empty();
    }

    /** In the reader's language: "Closed: Released", "Cerrado: Liberado/a", "Given to attorney". */
    public String words(Locale locale) {
        String label = Labels.of(kind, locale);
        if (!kind.hasDetail() || detail == null) {
            return label;
        }
        String shown = detail;
        if (kind == Kind.CLOSED) {
            try {
                shown = Labels.of(CaseOutcome.valueOf(detail), locale);
            } catch (IllegalArgumentException unknown) {
                // an outcome of a later version: its code, as kept
            }
        }
        return MessageFormat.format(label, shown);
    }
}
