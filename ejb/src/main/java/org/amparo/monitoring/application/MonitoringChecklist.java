package org.amparo.monitoring.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.amparo.audit.application.AuditLog;
import org.amparo.cases.application.CaseAccess;
import org.amparo.cases.domain.CaseScope;
import org.amparo.hotline.domain.IceActivity;
import org.amparo.monitoring.domain.ChecklistEntry;
import org.amparo.monitoring.domain.ChecklistFindings;
import org.amparo.monitoring.domain.ChecklistItem;
import org.amparo.monitoring.domain.ChecklistState;
import org.amparo.monitoring.domain.Evidence;
import org.amparo.monitoring.domain.EvidenceKind;
import org.amparo.monitoring.infrastructure.ChecklistStore;
import org.amparo.platform.ServerZone;
import org.amparo.reference.domain.Jurisdiction;
import org.amparo.reference.domain.Jurisdictions;
import org.amparo.rules.detainer.Finding;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.NotFoundException;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The monitoring checklist per jurisdiction (issue 14 item 2, DOMAIN.md section 6): read it, set an item's state with
 * its evidence, add the organisation's own items, and keep the items that follow from case findings current.
 * <p>
 * How items follow the cases: {@link #followEvidence} recomputes a jurisdiction's items from the findings stored on its
 * cases ({@link ChecklistFindings} says which finding shows which item), in a transaction of its own. It runs after a
 * screening commits ({@link ChecklistFollowsEvidence}) and every hour for every jurisdiction concerned
 * ({@link ChecklistRefresh}), which also catches what no screening announces (a case moved to another jurisdiction's
 * facility, a case deleted). Recomputing from the stored findings, rather than applying each screening's difference,
 * makes a missed or repeated run harmless: the next one gives the same answer.
 */
@Stateless
@Interceptors(DomainRules.class)
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
public class MonitoringChecklist {

    /** At most this many cases given as evidence in one change. */
    static final int MAX_CASES = 200;

    @Inject
    ChecklistStore store;

    @Inject
    Jurisdictions jurisdictions;

    @EJB
    CaseAccess access;

    @EJB
    AuditLog audit;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * The jurisdiction's checklist, every item with its state. Staff get the evidence's count; the roles that work cases
     * get the evidence by kind and id, and the ids of the evidence cases they may open.
     *
     * @throws NotFoundException when there is no such jurisdiction
     */
    public JurisdictionChecklist checklist(long jurisdictionId) {
        Jurisdiction j = jurisdiction(jurisdictionId);
        Map<String, ChecklistEntry> entries = store.entries(jurisdictionId);
        boolean seesCases = seesCases();
        Set<Long> openable = Set.of();
        if (seesCases) {
            Set<Long> evidenceCases = entries.values().stream().flatMap(e -> e.getEvidence().stream())
                    .filter(ev -> ev.kind() == EvidenceKind.CASE).map(Evidence::refId).collect(Collectors.toSet());
            openable = Roles.seesEveryIdentity(session::isCallerInRole) ? evidenceCases
                    : evidenceCases.isEmpty() ? Set.of() : access.workable(evidenceCases);
        }
        Map<Long, JurisdictionChecklist.AnswerLine> answers = new java.util.HashMap<>();
        if (seesCases) {
            Set<Long> answerIds = entries.values().stream().flatMap(e -> e.getEvidence().stream())
                    .filter(ev -> ev.kind() == EvidenceKind.MEETING_ANSWER).map(Evidence::refId).collect(Collectors.toSet());
            store.answersOf(jurisdictionId, answerIds).forEach(a -> answers.put(a.id(), answerLine(a)));
        }
        Map<Long, ChecklistStore.Document> documents = new java.util.HashMap<>();
        if (seesCases) {
            Set<Long> documentIds = entries.values().stream().flatMap(e -> e.getEvidence().stream())
                    .filter(ev -> ev.kind() == EvidenceKind.DOCUMENT).map(Evidence::refId).collect(Collectors.toSet());
            Map<Long, ChecklistStore.Document> found = store.documents(documentIds);
            Set<Long> ofCases = found.values().stream().map(ChecklistStore.Document::caseId).collect(Collectors.toSet());
            Set<Long> mayOpen = Roles.seesEveryIdentity(session::isCallerInRole) ? ofCases
                    : ofCases.isEmpty() ? Set.of() : access.workable(ofCases);
            found.values().stream().filter(d -> mayOpen.contains(d.caseId())).forEach(d -> documents.put(d.id(), d));
        }
        // A document's file name and description are free text that often names the person: only for the roles
        // that see names (the others read "Document" and its case).
        boolean seesNames = seesCases && Roles.seesNames(session::isCallerInRole);
        Set<String> derived = ChecklistFindings.derivedItems();
        List<JurisdictionChecklist.Item> items = new ArrayList<>();
        for (ChecklistItem item : store.items()) {
            ChecklistEntry e = entries.get(item.getItemKey());
            List<Evidence> evidence = e == null ? List.of() : e.getEvidence();
            Set<Long> mayOpen = openable;
            List<Long> caseIds = seesCases ? evidence.stream().filter(ev -> ev.kind() == EvidenceKind.CASE)
                    .map(Evidence::refId).filter(mayOpen::contains).distinct().toList() : null;
            List<JurisdictionChecklist.EvidenceLine> lines = seesCases ? evidence.stream()
                    .map(ev -> new JurisdictionChecklist.EvidenceLine(ev.kind(), ev.refId(), ev.derived())).toList() : null;
            items.add(new JurisdictionChecklist.Item(item.getItemKey(), item.getGroup(), item.getPosition(), item.getWording(),
                    item.getWordingEs(), item.isCustom(), derived.contains(item.getItemKey()),
                    e == null ? ChecklistState.UNKNOWN : e.getState(), e == null ? null : e.getObservedOn(),
                    e == null ? null : e.getSource(), e != null && e.isBySystem(), e == null ? null : e.getSetBy(),
                    e == null ? null : e.getSetAt(), evidence.size(), caseIds, lines,
                    seesCases ? evidence.stream().filter(ev -> ev.kind() == EvidenceKind.MEETING_ANSWER)
                            .map(ev -> answers.get(ev.refId())).filter(java.util.Objects::nonNull).distinct().toList() : null,
                    seesCases ? evidence.stream().filter(ev -> ev.kind() == EvidenceKind.DOCUMENT)
                            .map(ev -> documents.get(ev.refId())).filter(java.util.Objects::nonNull).distinct()
                            .map(d -> new JurisdictionChecklist.DocumentLine(d.id(), d.caseId(), seesNames ? d.fileName() : null,
                                    seesNames ? d.description() : null))
                            .toList() : null));
        }
        return new JurisdictionChecklist(j.getId(), j.getName(), items);
    }

    /**
     * Sets an item's state in a jurisdiction, with the day, the source and cases to add as evidence (each must be a case
     * the caller may open). Audited with the evidence's ids; the state's history is kept as revisions.
     *
     * @throws NotFoundException when there is no such jurisdiction or item
     * @throws org.amparo.shared.domain.InvalidInputException naming the field: a missing state, a day in the future, an
     *         unknown case, or another state than "observed" while cases show the item
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public void set(long jurisdictionId, String itemKey, ChecklistForms.SetItem command) {
        validation.check(command);
        jurisdiction(jurisdictionId);
        ChecklistItem item = store.item(itemKey == null ? "" : itemKey.strip())
                .orElseThrow(() -> new NotFoundException("Checklist item", itemKey));
        Set<Long> caseIds = new LinkedHashSet<>(command.caseIdsOrNone());
        if (caseIds.size() > MAX_CASES) {
            throw validation.invalid("caseIds", "amparo.validation.tooMany", MAX_CASES);
        }
        Set<Long> existing = store.existingCases(caseIds);
        for (Long id : caseIds) {
            if (!existing.contains(id)) {
                throw validation.invalid("caseIds", "amparo.validation.noSuchCase", String.valueOf(id));
            }
            access.require(id);
        }
        Set<Long> answerIds = new LinkedHashSet<>(command.answerIdsOrNone());
        if (answerIds.size() > MAX_CASES) {
            throw validation.invalid("answerIds", "amparo.validation.tooMany", MAX_CASES);
        }
        Set<Long> ofThisCampaign = store.answersOf(jurisdictionId, answerIds).stream().map(ChecklistStore.Answer::id)
                .collect(Collectors.toSet());
        for (Long id : answerIds) {
            if (!ofThisCampaign.contains(id)) {
                throw validation.invalid("answerIds", "amparo.validation.noSuchAnswer", String.valueOf(id));
            }
        }
        Set<Long> documentIds = new LinkedHashSet<>(command.documentIdsOrNone());
        if (documentIds.size() > MAX_CASES) {
            throw validation.invalid("documentIds", "amparo.validation.tooMany", MAX_CASES);
        }
        requireDocuments(documentIds, "documentIds");
        Instant now = clock.instant();
        ChecklistEntry entry = entryOf(jurisdictionId, item.getItemKey(), now);
        entry.set(command.state(), command.observedOn(), command.source(), caseIds, answerIds, documentIds,
                session.getCallerPrincipal().getName(), now);
        audit.record("checklist.set", "ChecklistEntry", entry.getId(), describe(jurisdictionId, entry));
    }

    /**
     * Attaches a document of a case as evidence of an item in a jurisdiction (from the case file: the detainer form, a
     * records request's answer): the item is observed from then on, on the day given (today when none) if it was not
     * before. The document must be of a case the caller may open. Audited with the ids.
     *
     * @throws NotFoundException when there is no such jurisdiction or item
     * @throws org.amparo.shared.domain.InvalidInputException naming the field: no such document, a day in the future
     * @throws org.amparo.cases.domain.CaseAccessDeniedException when the caller may not open the document's case
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public void attachDocument(long jurisdictionId, String itemKey, ChecklistForms.AttachDocument command) {
        if (command == null) {
            throw validation.invalid("documentId", "amparo.validation.required");
        }
        validation.check(command);
        jurisdiction(jurisdictionId);
        ChecklistItem item = store.item(itemKey == null ? "" : itemKey.strip())
                .orElseThrow(() -> new NotFoundException("Checklist item", itemKey));
        requireDocuments(Set.of(command.documentId()), "documentId");
        Instant now = clock.instant();
        LocalDate day = command.observedOn() != null ? command.observedOn() : LocalDate.ofInstant(now, ServerZone.get());
        ChecklistEntry entry = entryOf(jurisdictionId, item.getItemKey(), now);
        if (entry.attachDocument(command.documentId(), day, session.getCallerPrincipal().getName(), now)) {
            audit.record("checklist.documentAttached", "ChecklistEntry", entry.getId(), describe(jurisdictionId, entry));
        }
    }

    /**
     * Where a case's documents may be attached as evidence: the jurisdiction of the case's facility and its checklist's
     * items (keys and wordings, in the toolkit's order); empty when the case has no facility with a jurisdiction.
     *
     * @throws org.amparo.cases.domain.CaseAccessDeniedException when the caller may not open the case
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public java.util.Optional<CaseChecklist> forCase(long caseId) {
        access.require(caseId);
        return store.jurisdictionOfCase(caseId).map(j -> new CaseChecklist(((Number) j[0]).longValue(), (String) j[1],
                store.items().stream().map(i -> new CaseChecklist.Choice(i.getItemKey(), i.getGroup(), i.getWording(),
                        i.getWordingEs())).toList()));
    }

    /** A case's jurisdiction and the items of its checklist, to attach a document of the case as evidence. */
    public record CaseChecklist(long jurisdictionId, String jurisdictionName, List<Choice> items) implements java.io.Serializable {

        /** An item: its key, group and wordings. */
        public record Choice(String key, org.amparo.monitoring.domain.ChecklistGroup group, String wording, String wordingEs)
                implements java.io.Serializable {
        }
    }

    /** Each document exists, of a case not deleted, which the caller may open. */
    private void requireDocuments(Set<Long> documentIds, String field) {
        Map<Long, ChecklistStore.Document> found = store.documents(documentIds);
        for (Long id : documentIds) {
            ChecklistStore.Document d = found.get(id);
            if (d == null) {
                throw validation.invalid(field, "amparo.validation.noSuchDocument", String.valueOf(id));
            }
            access.require(d.caseId());
        }
    }

    /**
     * The answers given at the meetings of the jurisdiction's campaign with law enforcement, which a person may name as
     * evidence of an item; the latest meeting first. For the roles that read meetings (not staff).
     *
     * @throws NotFoundException when there is no such jurisdiction
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public List<JurisdictionChecklist.AnswerLine> meetingAnswers(long jurisdictionId) {
        jurisdiction(jurisdictionId);
        return store.answersOf(jurisdictionId).stream().map(MonitoringChecklist::answerLine).toList();
    }

    private static JurisdictionChecklist.AnswerLine answerLine(ChecklistStore.Answer a) {
        return new JurisdictionChecklist.AnswerLine(a.id(), a.heldOn(), a.question(), a.ownQuestion(), a.answer());
    }

    /**
     * Adds an organisation's own item to the checklist, after the group's last, for every jurisdiction.
     *
     * @return the new item's key
     * @throws org.amparo.shared.domain.InvalidInputException naming the field when the group or wording is missing or
     *         an item with the same wording exists
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public String addItem(ChecklistForms.NewItem command) {
        validation.check(command);
        String key = "custom-" + slug(command.wording());
        if (store.item(key).isPresent()) {
            throw validation.invalid("wording", "amparo.validation.checklistItemTaken");
        }
        ChecklistItem item = ChecklistItem.custom(key, command.group(), store.lastPosition(command.group()) + 1,
                command.wording(), command.wordingEs());
        store.add(item);
        audit.record("checklist.itemAdded", "ChecklistItem", key, "group=" + command.group());
        return key;
    }

    /**
     * Recomputes the jurisdiction's items that follow from case findings and verified hotline reports: each is observed,
     * with those cases and reports as evidence, while a case of the jurisdiction has a finding that shows it or a verified
     * report there names the practice (see {@link ChecklistEntry#follow}). Changes are
     * audited; nothing is written when nothing changed. Runs in a transaction of its own, so that it never undoes the
     * screening that called for it; it returns nothing and reads no one's data out, so it needs no role.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void followEvidence(long jurisdictionId) {
        // One recomputation of a jurisdiction at a time: two screenings of its cases committing at once (the demo's
        // start, a re-screening beside a save) both found no entry for an item and both wrote its first one.
        if (jurisdictions.findLocked(jurisdictionId).isEmpty()) {
            return;
        }
        Set<Finding> mapped = EnumSet.copyOf(ChecklistFindings.mapped());
        Map<Finding, Set<Long>> casesByFinding = store.casesWith(jurisdictionId, mapped);
        Map<String, Set<Long>> casesByItem = new java.util.HashMap<>();
        Map<String, Set<Long>> reportsByItem = new java.util.HashMap<>();
        for (Finding f : mapped) {
            String key = ChecklistFindings.itemOf(f).orElseThrow();
            casesByItem.computeIfAbsent(key, k -> new TreeSet<>()).addAll(casesByFinding.getOrDefault(f, Set.of()));
        }
        Set<IceActivity> activities = EnumSet.copyOf(ChecklistFindings.mappedActivities());
        Map<IceActivity, Set<Long>> reportsByActivity = store.verifiedReportsWith(jurisdictionId, activities);
        for (IceActivity a : activities) {
            String key = ChecklistFindings.itemOf(a).orElseThrow();
            reportsByItem.computeIfAbsent(key, k -> new TreeSet<>()).addAll(reportsByActivity.getOrDefault(a, Set.of()));
        }
        Map<String, ChecklistEntry> entries = store.entries(jurisdictionId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ServerZone.get());
        Set<String> keys = new TreeSet<>(casesByItem.keySet());
        keys.addAll(reportsByItem.keySet());
        for (String key : keys) {
            Set<Long> cases = casesByItem.getOrDefault(key, Set.of());
            Set<Long> reports = reportsByItem.getOrDefault(key, Set.of());
            ChecklistEntry entry = entries.get(key);
            if (entry == null && cases.isEmpty() && reports.isEmpty()) {
                continue;
            }
            if (entry == null) {
                entry = new ChecklistEntry(jurisdictionId, key, now);
                store.add(entry);
            }
            Set<Evidence> before = entry.getEvidence().stream().filter(Evidence::derived).collect(java.util.stream.Collectors.toSet());
            if (entry.follow(cases, reports, today, now)) {
                Set<Evidence> after = entry.getEvidence().stream().filter(Evidence::derived).collect(java.util.stream.Collectors.toSet());
                // What changed first, so that a cut at the column's length takes the lists as they stand, not the change.
                audit.record("checklist.followedCases", "ChecklistEntry", entry.getId(), head(jurisdictionId, entry)
                        + changes("added", after, before) + changes("removed", before, after) + evidence(entry));
            }
        }
    }

    private ChecklistEntry entryOf(long jurisdictionId, String key, Instant now) {
        ChecklistEntry entry = store.entries(jurisdictionId).get(key);
        if (entry == null) {
            entry = new ChecklistEntry(jurisdictionId, key, now);
            store.add(entry);
        }
        return entry;
    }

    /** Ids and codes only: the audit detail names no one. Evidence by kind, the system's cases apart. */
    private static String describe(long jurisdictionId, ChecklistEntry e) {
        return head(jurisdictionId, e) + evidence(e);
    }

    private static String head(long jurisdictionId, ChecklistEntry e) {
        return "jurisdiction=" + jurisdictionId + " item=" + e.getItemKey() + " checklistState=" + e.getState();
    }

    /** The entry's evidence by kind, the system's apart, each list sorted. */
    private static String evidence(ChecklistEntry e) {
        StringBuilder detail = new StringBuilder();
        for (EvidenceKind kind : EvidenceKind.values()) {
            for (boolean derived : new boolean[]{false, true}) {
                List<Long> ids = e.getEvidence().stream().filter(ev -> ev.kind() == kind && ev.derived() == derived)
                        .map(Evidence::refId).sorted().toList();
                if (!ids.isEmpty()) {
                    detail.append(' ').append(AUDIT_KEYS.get(kind)).append(derived ? "FromFindings" : "").append('=').append(ids(ids));
                }
            }
        }
        return detail.toString();
    }

    /**
     * The derived evidence in {@code these} and not in {@code those}, by kind, under keys of their own that the audit
     * trail words ("addedCasesFromFindings=[12, 40]").
     */
    static String changes(String what, Set<Evidence> these, Set<Evidence> those) {
        StringBuilder detail = new StringBuilder();
        for (EvidenceKind kind : EvidenceKind.values()) {
            List<Long> ids = these.stream().filter(ev -> ev.kind() == kind && !those.contains(ev)).map(Evidence::refId).sorted().toList();
            if (!ids.isEmpty()) {
                String key = AUDIT_KEYS.get(kind);
                detail.append(' ').append(what).append(Character.toUpperCase(key.charAt(0))).append(key.substring(1))
                        .append("FromFindings=").append(ids(ids));
            }
        }
        return detail.toString();
    }

    /** Ids audited one by one up to a few; thousands of cases by the first few and how many more ("[1, 2, +26277]"). */
    static String ids(List<Long> ids) {
        if (ids.size() <= AUDITED_IDS) {
            return ids.toString();
        }
        return ids.subList(0, AUDITED_IDS).toString().replace("]", ", +" + (ids.size() - AUDITED_IDS) + "]");
    }

    private static final int AUDITED_IDS = 12;

    private static final Map<EvidenceKind, String> AUDIT_KEYS = Map.of(EvidenceKind.CASE, "cases",
            EvidenceKind.DOCUMENT, "documents", EvidenceKind.MEETING_ANSWER, "meetingAnswers",
            EvidenceKind.HOTLINE_REPORT, "hotlineReports");

    private Jurisdiction jurisdiction(long id) {
        return jurisdictions.find(id).orElseThrow(() -> new NotFoundException("Jurisdiction", id));
    }

    /** Caseworkers, attorneys, supervisors and admins see evidence cases (those they may open); staff never do. */
    private boolean seesCases() {
        return Roles.seesEveryIdentity(session::isCallerInRole) || CaseScope.worksByCase(session::isCallerInRole);
    }

    static String slug(String wording) {
        String plain = Normalizer.normalize(wording.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (plain.isEmpty()) {
            plain = Integer.toHexString(wording.strip().hashCode());
        }
        return plain.length() > 60 ? plain.substring(0, 60).replaceAll("-+$", "") : plain;
    }
}
