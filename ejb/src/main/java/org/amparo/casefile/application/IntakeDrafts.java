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

    /**
     * One line of the caller's draft list; {@code call} when it was begun as a hotline call (whichever page saved it
     * since), so that a list of both pages' drafts says which is which.
     */
    public record DraftSummary(long id, String summary, Instant updatedAt, boolean call) implements Serializable {
    }

    /**
     * A draft as its page resumes it: the form, and the page's inputs its last save left out because they could not be
     * read (a date of birth typed as 02/31/1990), named as the page names them ({@code dateOfBirth},
     * {@code charges:0:on}), for the page to say they still need asking.
     */
    public record Resumed<F>(F form, List<String> leftOut) implements Serializable {
    }

    /** A field of a call's form that the new-case page's has not. */
    static final String CALL_ONLY = "charges";

    /** The key of a draft's JSON that says which page began it ({@link #CALL} or {@link #INTAKE}); no form has it. */
    static final String BEGUN_AS = "begunAs";
    static final String CALL = "call";
    static final String INTAKE = "intake";

    /** The key of a draft's JSON that lists what its last save left out; no form has a field of that name. */
    static final String LEFT_OUT = "leftOut";

    /**
     * Saves the form as it stands (a new draft when {@code draftId} is null), with the inputs it left out.
     *
     * @return the draft's id
     */
    public long save(Long draftId, OpenCaseCommand form, List<String> leftOut) {
        String json = JSON.toJson(form);
        // a call's draft continued on the new-case page keeps what only a call has (its ICE document, its charges):
        // saving it there wrote the new case's fields alone over it
        String earlier = draftId == null ? null : own(draftId).getForm();
        return store(draftId, form.givenNames(), form.familyName(), begun(withLeftOut(
                earlier == null ? json : keepingWhatTheFormLacks(earlier, json, OpenCaseCommand.class), leftOut),
                earlier == null ? false : isCall(earlier)));
    }

    /**
     * A draft's JSON saved by a form that has fewer fields than the draft: the form's own fields as it gives them (one
     * it left empty is absent from its JSON, and stays empty), every other field of the draft as it was.
     */
    static String keepingWhatTheFormLacks(String draft, String form, Class<? extends Record> formType) {
        jakarta.json.JsonObject earlier = read(draft);
        jakarta.json.JsonObject now = read(form);
        java.util.Set<String> formFields = java.util.Arrays.stream(formType.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.toSet());
        jakarta.json.JsonObjectBuilder merged = jakarta.json.Json.createObjectBuilder();
        earlier.forEach((name, value) -> {
            if (!formFields.contains(name) && !LEFT_OUT.equals(name) && !BEGUN_AS.equals(name)) { // this save's to say
                merged.add(name, value);
            }
        });
        now.forEach(merged::add);
        return merged.build().toString();
    }

    /**
     * Saves a call screen as it stands (a new draft when {@code draftId} is null), with the inputs it left out: the same
     * drafts as intake's.
     */
    public long saveCall(Long draftId, CallForm form, List<String> leftOut) {
        // a draft begun on the new-case page stays one begun so, though a call's form always has charge lines
        return store(draftId, form.givenNames(), form.familyName(),
                begun(withLeftOut(JSON.toJson(form), leftOut), draftId == null || isCall(own(draftId).getForm())));
    }

    /** A form's JSON with the inputs left out, if any. */
    static String withLeftOut(String json, List<String> leftOut) {
        if (leftOut == null || leftOut.isEmpty()) {
            return json;
        }
        jakarta.json.JsonObjectBuilder with = jakarta.json.Json.createObjectBuilder(read(json));
        with.add(LEFT_OUT, jakarta.json.Json.createArrayBuilder(leftOut));
        return with.build().toString();
    }

    /** What a draft's last save left out; none for a draft saved before drafts said so. */
    static List<String> leftOutOf(String json) {
        jakarta.json.JsonArray left = read(json).getJsonArray(LEFT_OUT);
        return left == null ? List.of() : left.getValuesAs(jakarta.json.JsonString::getString);
    }

    private static jakarta.json.JsonObject read(String json) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return reader.readObject();
        }
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
    public Resumed<CallForm> loadCall(long draftId) {
        String json = own(draftId).getForm();
        return new Resumed<>(JSON.fromJson(json, CallForm.class), leftOutOf(json));
    }

    public List<DraftSummary> mine() {
        return drafts.latestOf(caller(), 50).stream()
                .map(d -> new DraftSummary(d.getId(), d.getSummary(), d.getUpdatedAt(), isCall(d.getForm()))).toList();
    }

    /**
     * Whether a draft's JSON was begun as a call: as its first save said ({@link #BEGUN_AS}), or, saved before drafts
     * said so, whether it has charge lines, which only a call's form has.
     */
    static boolean isCall(String json) {
        jakarta.json.JsonObject draft = read(json);
        return draft.containsKey(BEGUN_AS) ? CALL.equals(draft.getString(BEGUN_AS, null)) : draft.containsKey(CALL_ONLY);
    }

    /** A form's JSON saying which page began the draft. */
    static String begun(String json, boolean asCall) {
        return jakarta.json.Json.createObjectBuilder(read(json)).add(BEGUN_AS, asCall ? CALL : INTAKE).build().toString();
    }

    /** A draft as the new-case page reads it (a call's too: the fields it lacks stay in the draft). */
    public Resumed<OpenCaseCommand> load(long draftId) {
        String json = own(draftId).getForm();
        return new Resumed<>(JSON.fromJson(json, OpenCaseCommand.class), leftOutOf(json));
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
