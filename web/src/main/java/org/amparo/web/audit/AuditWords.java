package org.amparo.web.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.amparo.shared.domain.Labels;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit trail as people read it (issue 21): what was touched ("Case", not {@code DetentionCase}) and the details
 * ("Mode: full · Step: Attorney review"), codes as labels in the reader's language and instants with their zone. The
 * trail itself keeps its codes, for programs and for the export's code columns.
 */
@Named
@ApplicationScoped
public class AuditWords {

    /** The enum types a detail's value may name, by the detail's key, tried in order. */
    private static final Map<String, List<String>> VALUE_TYPES = Map.ofEntries(
            Map.entry("policy", List.of("DetainerPolicy")),
            Map.entry("status", List.of("CaseStatus")),
            Map.entry("priority", List.of("EnforcementPriority")),
            Map.entry("finding", List.of("Finding")),
            Map.entry("state", List.of("Verification")),
            Map.entry("step", List.of("CaseStep")),
            Map.entry("type", List.of("OutsideEventCommand.Type")),
            Map.entry("kind", List.of("CallKind", "ReferenceImport.Kind")),
            Map.entry("outcome", List.of("CallOutcome", "CaseOutcome")),
            Map.entry("activities", List.of("IceActivity")),
            Map.entry("checklistState", List.of("ChecklistState")),
            Map.entry("group", List.of("ChecklistGroup")),
            Map.entry("list", List.of("FilterPage")),
            Map.entry("office", List.of("AuthorityOffice")),
            Map.entry("selection", List.of("AuthoritySelection")),
            Map.entry("sampleAsk", List.of("SampleAsk")),
            Map.entry("askStatus", List.of("AskStatus")),
            Map.entry("closingResult", List.of("OutcomeResult")),
            Map.entry("meetingRole", List.of("MeetingRole")),
            Map.entry("question", List.of("MeetingQuestion")),
            Map.entry("promiseKind", List.of("PromiseKind")),
            Map.entry("promiseState", List.of("PromiseState")),
            Map.entry("targetRank", List.of("TargetRank")),
            Map.entry("allyType", List.of("AllyType")),
            Map.entry("consentScope", List.of("ConsentScope")));

    /** A case list's sort column (a {@code CaseSortField}) as the list's own column header names it. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "ID", "field.id", "FAMILY_NAME", "field.familyName", "FACILITY", "field.facilityId", "STATUS", "field.status",
            "WORKFLOW_STEP", "field.workflowStep", "CASEWORKER", "field.caseworker", "OPENED_AT", "field.openedAt",
            "PRIORITY", "field.priority", "HOLD_EXPIRES_AT", "field.holdExpires");
    private static final Pattern SORT = Pattern.compile("([A-Z_]+) (asc|desc)");

    private static final Pattern KEY = Pattern.compile("(?:^|[\\s,]+)([a-zA-Z]+)=");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** A time with its zone's name, as the reader's language writes the day: 11/30/2026 12:00 CST, 30/11/2026 12:00 CST. */
    private static DateTimeFormatter withZone(Locale locale) {
        return Labels.minutesWithZone(locale);
    }

    /** The export's words in this language, in the organisation's zone. */
    public org.amparo.audit.application.AuditTrail.Wording wording(Locale locale) {
        ZoneId zone = org.amparo.platform.ServerZone.get();
        return new org.amparo.audit.application.AuditTrail.Wording() {
            @Override
            public String header(String column) {
                return word("audit.export." + column, column, locale);
            }

            @Override
            public String when(Instant at) {
                return at == null ? "" : withZone(locale).format(at.atZone(zone));
            }

            @Override
            public String action(String code) {
                return code == null ? "" : word("audit.action." + code, code, locale);
            }

            @Override
            public String record(String type) {
                return type == null ? "" : word("audit.subject." + type, type, locale);
            }

            @Override
            public String detail(String detail) {
                return AuditWords.detail(detail, locale, zone);
            }
        };
    }

    /** What kind of record an entry is about, as a word. */
    public String subject(String type) {
        return type == null ? "" : word("audit.subject." + type, type, locale());
    }

    /** An entry's details, each {@code key=value} worded; text that is not a code stays as written. */
    public String detail(String detail) {
        return detail(detail, locale(), org.amparo.platform.ServerZone.get());
    }

    static String detail(String detail, Locale locale, ZoneId zone) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        int filter = detail.indexOf(", filter: ");
        if (filter >= 0) {
            return detail(detail.substring(0, filter), locale, zone) + " · " + word("audit.key.filter", "filter", locale) + ": "
                    + detail(detail.substring(filter + ", filter: ".length()), locale, zone);
        }
        Matcher key = KEY.matcher(detail);
        if (!key.find()) {
            // one code for the whole detail ("breakGlass": which list was read), or prose, kept as written
            return detail.matches("[a-zA-Z]+") ? word("audit.detail." + detail, detail, locale) : detail;
        }
        StringBuilder out = new StringBuilder(detail.substring(0, key.start()).strip());
        while (true) {
            String name = key.group(1);
            int valueStart = key.end();
            boolean more = key.find();
            String value = detail.substring(valueStart, more ? key.start() : detail.length()).strip();
            if (!out.isEmpty()) {
                out.append(" · ");
            }
            out.append(word("audit.key." + name, name, locale)).append(": ").append(value(name, value, locale, zone));
            if (!more) {
                return out.toString();
            }
        }
    }

    private static String value(String key, String value, Locale locale, ZoneId zone) {
        if (value.startsWith("[") && value.endsWith("]")) {
            String inner = value.substring(1, value.length() - 1);
            return inner.isBlank() ? "" : String.join(", ", java.util.Arrays.stream(inner.split(",\\s*"))
                    .map(v -> value(key, v, locale, zone)).toList());
        }
        if ("form".equals(key)) {
            return Labels.iceForm(value);
        }
        if ("item".equals(key)) {
            return word("checklist.item." + value, value, locale);
        }
        Matcher sort = SORT.matcher(value);
        if ("sort".equals(key) && sort.matches() && SORT_COLUMNS.containsKey(sort.group(1))) { // "OPENED_AT desc"
            return word(SORT_COLUMNS.get(sort.group(1)), sort.group(1), locale) + ", "
                    + word("audit.value.sort." + sort.group(2), sort.group(2), locale);
        }
        if ("null".equals(value)) { // nothing: no team, a filter left empty (before session 52 every filter was written)
            return word("audit.value.none", value, locale);
        }
        if ("true".equals(value) || "false".equals(value)) {
            return word("answer." + ("true".equals(value) ? "yes" : "no"), value, locale);
        }
        if (CODE.matcher(value).matches()) {
            for (String type : VALUE_TYPES.getOrDefault(key, List.of())) {
                String label = Labels.ofName(type, value, locale);
                if (!label.equals(value)) {
                    return label;
                }
            }
            return value;
        }
        if (DAY.matcher(value).matches()) { // a period's day, as the reader's language writes one
            try {
                return Labels.day(locale).format(java.time.LocalDate.parse(value));
            } catch (DateTimeParseException notADay) {
                return value;
            }
        }
        if (value.endsWith("Z")) {
            try {
                return withZone(locale).format(Instant.parse(value).atZone(zone));
            } catch (DateTimeParseException notAnInstant) {
                return value;
            }
        }
        // this key's own word for the value, else the word every key shares ("any", "none"), else as written
        return word("audit.value." + key + "." + value, word("audit.value." + value, value, locale), locale);
    }

    private static String word(String key, String otherwise, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.amparo.web.i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return bundle.containsKey(key) ? bundle.getString(key) : otherwise;
    }

    private static Locale locale() {
        var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }
}
