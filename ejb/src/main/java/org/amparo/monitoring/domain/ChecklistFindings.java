package org.amparo.monitoring.domain;

import org.amparo.hotline.domain.IceActivity;
import org.amparo.rules.detainer.Finding;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which checklist item a case finding, or a kind of ICE activity in a verified hotline report, shows (DOMAIN.md
 * section 6): the one table of them. A case in a jurisdiction (its
 * facility's) with one of these findings makes the item observed there, with the case as evidence.
 * <p>
 * Findings left out show no item of the toolkit as worded: {@code POLICY_CONFLICT} is a breach of the local policy
 * rather than one practice, {@code PRE_CONVICTION} and {@code NO_ADMINISTRATIVE_WARRANT} are about the request's
 * paperwork, {@code CUSTODY_CLASSIFICATION_RAISED} has no item, and {@code NO_NOTICE_TO_PERSON} says the person got
 * no copy, not that ICE took custody without one (the item "ICE takes custody even though..." needs both).
 */
public final class ChecklistFindings {

    private static final Map<Finding, String> ITEMS = new EnumMap<>(Map.of(
            Finding.NON_PRIORITY_TARGET, "non-priority-custody-requests",
            Finding.HELD_PAST_EXPIRY, "holds-past-release-date",
            Finding.HELD_WITHOUT_HOLD_REQUEST, "holds-past-release-date",
            Finding.NOT_A_DETAINER, "warrants-not-detainers",
            Finding.BAIL_DENIED_FOR_STATUS, "bail-denied-for-status",
            Finding.DIVERSION_DENIED, "diversion-denied-for-pep-request",
            Finding.ICE_PICKUP_BEFORE_CASE_ENDED, "arrest-before-criminal-case-ends",
            Finding.MISSED_COURT_DATE_IN_ICE_CUSTODY, "missed-local-court-dates",
            Finding.PROBATION_REPORTS_TO_ICE, "probation-reports-to-ice"));

    /**
     * Which item a kind of ICE activity in a verified hotline report shows, where the activity is the practice itself:
     * a checkpoint, a courthouse, ICE waiting outside the jail for people released. A raid or a sweep shows the items
     * on police taking part only with more than the report's kind says, so it shows none.
     */
    private static final Map<IceActivity, String> ACTIVITY_ITEMS = new EnumMap<>(Map.of(
            IceActivity.CHECKPOINT, "checkpoint-arrests",
            IceActivity.ICE_AT_COURTHOUSE, "courthouse-arrests",
            IceActivity.ICE_OUTSIDE_JAIL, "pickups-at-release"));

    private ChecklistFindings() {
    }

    /** The item a finding shows, if any. */
    public static Optional<String> itemOf(Finding finding) {
        return Optional.ofNullable(ITEMS.get(finding));
    }

    /** The items these findings show, by key. */
    public static Set<String> itemsOf(Collection<Finding> findings) {
        Set<String> items = new TreeSet<>();
        findings.forEach(f -> itemOf(f).ifPresent(items::add));
        return items;
    }

    /** The findings that show an item. */
    public static Set<Finding> mapped() {
        return ITEMS.keySet();
    }

    /** The item a kind of ICE activity in a verified hotline report shows, if any. */
    public static Optional<String> itemOf(IceActivity activity) {
        return Optional.ofNullable(ACTIVITY_ITEMS.get(activity));
    }

    /** The kinds of ICE activity that show an item. */
    public static Set<IceActivity> mappedActivities() {
        return ACTIVITY_ITEMS.keySet();
    }

    /** Every item the system keeps from case findings and verified hotline reports. */
    public static Set<String> derivedItems() {
        Set<String> items = new TreeSet<>(ITEMS.values());
        items.addAll(ACTIVITY_ITEMS.values());
        return items;
    }
}
