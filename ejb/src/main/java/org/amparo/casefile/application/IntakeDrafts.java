package org.amparo.casefile.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.amparo.casefile.domain.Drafts;
import org.amparo.casefile.domain.IntakeDraft;
import org.amparo.cases.application.OpenCaseCommand;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.NotFoundException;
import org.amparo.shared.domain.UnitOfWork;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Intake forms saved half-done, for their owner only. Nothing is validated until the case is opened. */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
public class IntakeDrafts {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Drafts drafts;

    @Inject
    UnitOfWork work;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** One line of the caller's draft list. */
    public record DraftSummary(long id, String summary, Instant updatedAt) implements Serializable {
    }

    /**
     * Saves the form as it stands (a new draft when {@code draftId} is null).
     *
     * @return the draft's id
     */
    public long save(Long draftId, OpenCaseCommand form) {
        String json = JSON.toJson(form);
        // a call's draft continued on the new-case page keeps what only a call has (its ICE document, its charges):
        // saving it there wrote the new case's fields alone over it
        return store(draftId, form.givenNames(), form.familyName(),
                draftId == null ? json : keepingWhatTheFormLacks(own(draftId).getForm(), json, OpenCaseCommand.class));
    }

    /**
     * A draft's JSON saved by a form that has fewer fields than the draft: the form's own fields as it gives them (one
     * it left empty is absent from its JSON, and stays empty), every other field of the draft as it was.
     */
    static String keepingWhatTheFormLacks(String draft, String form, Class<? extends Record> formType) {
        jakarta.json.JsonObject earlier;
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(draft))) {
            earlier = reader.readObject();
        }
        jakarta.json.JsonObject now;
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(form))) {
            now = reader.readObject();
        }
        java.util.Set<String> formFields = java.util.Arrays.stream(formType.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.toSet());
        jakarta.json.JsonObjectBuilder merged = jakarta.json.Json.createObjectBuilder();
        earlier.forEach((name, value) -> {
            if (!formFields.contains(name)) {
                merged.add(name, value);
            }
        });
        now.forEach(merged::add);
        return merged.build().toString();
    }

    /** Saves a call screen as it stands (a new draft when {@code draftId} is null): the same drafts as intake's. */
    public long saveCall(Long draftId, CallForm form) {
        return store(draftId, form.givenNames(), form.familyName(), JSON.toJson(form));
    }

    private long store(Long draftId, String givenNames, String familyName, String json) {
        IntakeDraft draft = draftId == null ? new IntakeDraft(caller()) : own(draftId);
        String summary = (Objects.toString(givenNames, "") + " " + Objects.toString(familyName, "")).strip();
        draft.save(summary.length() > 200 ? summary.substring(0, 200) : summary, json, Instant.now(clock));
        if (draftId == null) {
            drafts.add(draft);
        }
        work.flush();
        return draft.getId();
    }

    /** A draft as the call screen reads it (an intake draft too: the fields it lacks are empty). */
    public CallForm loadCall(long draftId) {
        return JSON.fromJson(own(draftId).getForm(), CallForm.class);
    }

    public List<DraftSummary> mine() {
        return drafts.latestOf(caller(), 50).stream()
                .map(d -> new DraftSummary(d.getId(), d.getSummary(), d.getUpdatedAt())).toList();
    }

    public OpenCaseCommand load(long draftId) {
        return JSON.fromJson(own(draftId).getForm(), OpenCaseCommand.class);
    }

    public void discard(long draftId) {
        drafts.remove(own(draftId));
    }

    private IntakeDraft own(long draftId) {
        IntakeDraft draft = drafts.find(draftId).orElse(null);
        if (draft == null || !draft.getOwner().equals(caller())) {
            throw new NotFoundException("Draft", draftId);
        }
        return draft;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
