package org.amparo.it;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The codes a person must never read where words belong (issue 21): the names of the enums whose values people meet
 * on pages and in exports, and the case process's user-task ids. Names that are also ordinary words or abbreviations
 * ("ICE", "DACA", "OTHER") are left out, and so are names of one or two letters.
 */
final class CodeNames {

    /** Every enum whose values a person may meet on a page or in an export. */
    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(
            org.amparo.cases.domain.CaseStatus.class, org.amparo.cases.domain.CaseOutcome.class,
            org.amparo.rules.detainer.Finding.class, org.amparo.cases.domain.CustodyEnd.class,
            org.amparo.cases.domain.BailStatus.class, org.amparo.rules.detainer.Interference.class,
            org.amparo.rules.priority.EnforcementPriority.class, org.amparo.rules.relief.DacaResult.class,
            org.amparo.people.domain.ImmigrationStatus.class, org.amparo.people.domain.OffenseLevel.class,
            org.amparo.people.domain.OffenseCategory.class, org.amparo.people.domain.Disposition.class,
            org.amparo.people.domain.FamilyRelation.class, org.amparo.people.domain.Citizenship.class,
            org.amparo.people.domain.Education.class, org.amparo.process.CaseStep.class,
            org.amparo.hotline.domain.CallKind.class, org.amparo.hotline.domain.CallOutcome.class,
            org.amparo.hotline.domain.Verification.class, org.amparo.hotline.domain.IceActivity.class,
            org.amparo.reference.domain.DetainerPolicy.class, org.amparo.reference.domain.FacilityType.class);
    /** The case process's user tasks, by their BPMN ids. */
    private static final List<String> BPMN_IDS = List.of("attorneyReferral", "attorneyResponse", "attorneyReview",
            "campaignApproval", "holdEscalation", "iceHoldCheck", "iceHoldRecheck", "unlawfulDetention");
    /** Names that are also ordinary words or abbreviations people write ("ICE", "DACA", "TPS", "GED", "DUI"). */
    private static final Set<String> ALSO_WORDS = Set.of("ICE", "DACA", "SCAAP", "OTHER", "UNKNOWN", "NONE", "TPS", "GED", "DUI");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Set<String> ALL = all();

    private CodeNames() {
    }

    private static Set<String> all() {
        Set<String> codes = new LinkedHashSet<>(BPMN_IDS);
        for (Class<? extends Enum<?>> e : ENUMS) {
            Arrays.stream(e.getEnumConstants()).map(Enum::name)
                    .filter(n -> n.length() > 2 && !ALSO_WORDS.contains(n)).forEach(codes::add);
        }
        return Collections.unmodifiableSet(codes);
    }

    /**
     * The codes in a page's text, given as its text nodes. A code with an underscore or a task id counts wherever it
     * stands; a one-word code ({@code FELONY}, {@code OPEN}) only when it stands alone in its text node, or in a list of
     * codes: imported data such as ICE's upper-case facility names ("IMMIGRATION CENTERS OF AMERICA") holds such words as
     * words.
     */
    static List<String> inPage(List<String> textNodes) {
        List<String> found = new ArrayList<>();
        for (String node : textNodes) {
            String text = node.strip();
            boolean onlyCodes = !text.isEmpty() && text.matches("[A-Z][A-Z0-9_]*(\\s*[,·]\\s*[A-Z][A-Z0-9_]*)*");
            for (String code : in(text)) {
                if (onlyCodes || code.contains("_") || BPMN_IDS.contains(code)) {
                    found.add(code);
                }
            }
        }
        return found;
    }

    /** The codes in a text, in the order they appear (each as often as it appears). */
    static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            if (ALL.contains(token.group())) {
                found.add(token.group());
            }
        }
        return found;
    }
}
