package org.amparo.monitoring.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.amparo.monitoring.domain.ChecklistGroup;
import org.amparo.monitoring.domain.ChecklistState;
import org.amparo.shared.domain.PlausibleDate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What a person sends to the checklist. */
public final class ChecklistForms {

    private ChecklistForms() {
    }

    /**
     * An item's state in a jurisdiction, the day it was observed (or checked), the source, and cases, answers given at
     * the campaign's meetings with law enforcement and documents of cases to add as evidence.
     */
    public record SetItem(
            @NotNull(message = "{amparo.validation.required}") ChecklistState state,
            @PastOrPresent(message = "{amparo.validation.notFuture}") @PlausibleDate LocalDate observedOn,
            @Size(max = 500, message = "{amparo.validation.size}") String source,
            List<@NotNull(message = "{amparo.validation.required}") Long> caseIds,
            List<@NotNull(message = "{amparo.validation.required}") Long> answerIds,
            List<@NotNull(message = "{amparo.validation.required}") Long> documentIds)
            implements Serializable {

        // One constructor only: JSON-B binds a record through its canonical constructor.

        public List<Long> caseIdsOrNone() {
            return caseIds == null ? List.of() : caseIds;
        }

        public List<Long> documentIdsOrNone() {
            return documentIds == null ? List.of() : documentIds;
        }

        public List<Long> answerIdsOrNone() {
            return answerIds == null ? List.of() : answerIds;
        }
    }

    /**
     * A document of a case attached as evidence of an item: the document, and the day the practice was seen (for an
     * item not yet observed; today when left out).
     */
    public record AttachDocument(
            @NotNull(message = "{amparo.validation.required}") Long documentId,
            @PastOrPresent(message = "{amparo.validation.notFuture}") @PlausibleDate LocalDate observedOn) implements Serializable {
    }

    /** An organisation's own item: its group and its wording in English and, optionally, Spanish. */
    public record NewItem(
            @NotNull(message = "{amparo.validation.required}") ChecklistGroup group,
            @NotBlank(message = "{amparo.validation.required}") @Size(max = 300, message = "{amparo.validation.size}") String wording,
            @Size(max = 300, message = "{amparo.validation.size}") String wordingEs) implements Serializable {
    }
}
