package org.amparo.imports.domain;

import org.amparo.people.domain.Disposition;
import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;
import org.amparo.shared.domain.SearchText;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the values of roster columns are read: names in capitals made readable and "LAST, FIRST" split, and the
 * words jails and hotlines use for yes and no, charge levels, dispositions, offense categories and ICE forms. A
 * value none of these know is reported, never guessed; only a missing category is inferred from the charge's words.
 */
public final class RosterValues {

    /** The form a plain "yes" in an ICE-hold column means: the detainer in use since 2017. */
    public static final String DEFAULT_HOLD_FORM = "I_247A";

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NOT_CHARGE_WORD = Pattern.compile("[^a-z0-9&' ]+");
    private static final Set<String> YES = Set.of("y", "yes", "true", "1", "x", "si", "s");
    private static final Set<String> NO = Set.of("n", "no", "false", "0", "none", "ninguno", "ninguna");
    private static final Set<String> HOLD_YES = Set.of("ice", "ice hold", "hold", "detainer", "ice detainer",
            "immigration hold", "immigration detainer", "inmigracion");
    private static final Pattern FELONY = Pattern.compile("(f|fel|felony|felonia|delito grave)( ?(class|degree)? ?[0-9a-e])?( .*)?");
    private static final Pattern MISDEMEANOR = Pattern.compile("(m|misd|misdemeanor|misdemeanour|delito menor)( ?(class|degree)? ?[0-9a-e])?( .*)?");
    private static final Pattern INFRACTION = Pattern.compile("(i|inf|infraction|infraccion|citation|violation|petty offense|falta)( .*)?");
    private static final Map<String, Disposition> DISPOSITIONS = new LinkedHashMap<>();
    private static final Map<String, OffenseCategory> CATEGORIES = new LinkedHashMap<>();
    private static final Map<Pattern, OffenseCategory> CATEGORY_WORDS = new LinkedHashMap<>();
    private static final Map<String, String> FORMS = Map.ofEntries(
            Map.entry("i247", "I_247"), Map.entry("i247d", "I_247D"), Map.entry("i247n", "I_247N"),
            Map.entry("i247x", "I_247X"), Map.entry("i247a", "I_247A"), Map.entry("247a", "I_247A"),
            Map.entry("i200", "I_200"), Map.entry("i205", "I_205"), Map.entry("i203", "I_203"),
            Map.entry("i862", "NTA"), Map.entry("nta", "NTA"));

    static {
        for (String w : new String[]{"pending", "open", "active", "awaiting trial", "pretrial", "pre trial", "unsentenced",
                "not adjudicated", "pendiente", "abierto"}) {
            DISPOSITIONS.put(w, Disposition.PENDING);
        }
        for (String w : new String[]{"convicted", "conviction", "guilty", "pled guilty", "plead guilty", "pleaded guilty",
                "plea guilty", "guilty plea", "sentenced", "found guilty", "condenado", "condenada", "culpable", "sentenciado"}) {
            DISPOSITIONS.put(w, Disposition.CONVICTED);
        }
        for (String w : new String[]{"dismissed", "nolle prosequi", "nolle pros", "nol pros", "nolle", "dropped", "no bill",
                "no billed", "declined", "desestimado", "desestimada", "sobreseido", "retirado"}) {
            DISPOSITIONS.put(w, Disposition.DISMISSED);
        }
        for (String w : new String[]{"acquitted", "not guilty", "found not guilty", "absuelto", "absuelta", "inocente"}) {
            DISPOSITIONS.put(w, Disposition.ACQUITTED);
        }
        for (String w : new String[]{"diversion", "deferred", "deferred adjudication", "pretrial diversion", "deferred prosecution",
                "desviacion"}) {
            DISPOSITIONS.put(w, Disposition.DIVERSION);
        }
        for (OffenseCategory c : OffenseCategory.values()) {
            CATEGORIES.put(c.name().toLowerCase(Locale.ROOT).replace('_', ' '), c);
        }
        CATEGORIES.putAll(Map.of("dwi", OffenseCategory.DUI, "owi", OffenseCategory.DUI, "dv", OffenseCategory.DOMESTIC_VIOLENCE,
                "weapons", OffenseCategory.FIREARM, "weapon", OffenseCategory.FIREARM, "drugs", OffenseCategory.DRUG_POSSESSION,
                "traffic", OffenseCategory.MINOR_TRAFFIC, "sex offense", OffenseCategory.SEXUAL_ABUSE,
                "violencia domestica", OffenseCategory.DOMESTIC_VIOLENCE, "robo", OffenseCategory.THEFT));
        CATEGORY_WORDS.put(Pattern.compile("\\b(dui|dwi|owi|driving (while|under) (the )?(influence|intoxicated))\\b"), OffenseCategory.DUI);
        CATEGORY_WORDS.put(Pattern.compile("\\b(domestic|family violence|violencia domestica)\\b"), OffenseCategory.DOMESTIC_VIOLENCE);
        CATEGORY_WORDS.put(Pattern.compile("\\b(sexual|sex offense|rape|indecen|molest)"), OffenseCategory.SEXUAL_ABUSE);
        CATEGORY_WORDS.put(Pattern.compile("\\b(firearm|gun|handgun|pistol|rifle|shotgun)"), OffenseCategory.FIREARM);
        CATEGORY_WORDS.put(Pattern.compile("\\b(sale|sell|deliver|distribut|traffick|manufactur|pwid|man del|intent to (sell|deliver|distribute))"), OffenseCategory.DRUG_SALE);
        CATEGORY_WORDS.put(Pattern.compile("\\b(burglary|breaking and entering|b&e)"), OffenseCategory.BURGLARY);
        CATEGORY_WORDS.put(Pattern.compile("\\b(possess|poss\\b|cs\\b|controlled substance|marijuana|cocaine|heroin|meth|drug paraphernalia)"),
                OffenseCategory.DRUG_POSSESSION);
        CATEGORY_WORDS.put(Pattern.compile("\\b(theft|larceny|shoplift|stolen|robbery|robo)"), OffenseCategory.THEFT);
        CATEGORY_WORDS.put(Pattern.compile("\\b(assault|battery|agresion)"), OffenseCategory.ASSAULT);
        CATEGORY_WORDS.put(Pattern.compile("\\b(illegal entry|illegal reentry|re entry|8 usc 132|immigration)"), OffenseCategory.IMMIGRATION);
        CATEGORY_WORDS.put(Pattern.compile("\\b(driving (without|with suspended|with revoked|while license)|no (valid )?(driver'?s )?license|"
                + "suspended license|speeding|traffic|no insurance|expired registration)"), OffenseCategory.MINOR_TRAFFIC);
    }

    private RosterValues() {
    }

    /** A name as people write it: spaces collapsed, and all-capital (or all-lower) names in title case. */
    public static String name(String text) {
        String clean = text == null ? "" : SPACES.matcher(text.replace('\u00A0', ' ').strip()).replaceAll(" ");
        boolean oneCase = clean.equals(clean.toUpperCase(Locale.ROOT)) || clean.equals(clean.toLowerCase(Locale.ROOT));
        if (!oneCase) {
            return clean;
        }
        StringBuilder out = new StringBuilder(clean.length());
        boolean start = true;
        for (char ch : clean.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(ch) : ch);
            start = ch == ' ' || ch == '-' || ch == '\'' || ch == '.';
        }
        return out.toString();
    }

    /** The family and given names of a whole name: "LAST, FIRST MIDDLE", or else the last word is the family name. */
    public static String[] splitFullName(String text) {
        String clean = name(text);
        int comma = clean.indexOf(',');
        if (comma >= 0) {
            return new String[]{clean.substring(0, comma).strip(), clean.substring(comma + 1).strip()};
        }
        int space = clean.lastIndexOf(' ');
        return space < 0 ? new String[]{clean, ""} : new String[]{clean.substring(space + 1), clean.substring(0, space)};
    }

    public static Optional<Boolean> yesNo(String text) {
        String v = word(text);
        if (YES.contains(v)) {
            return Optional.of(true);
        }
        return NO.contains(v) ? Optional.of(false) : Optional.empty();
    }

    public static Optional<OffenseLevel> level(String text) {
        String v = word(text);
        if (FELONY.matcher(v).matches()) {
            return Optional.of(OffenseLevel.FELONY);
        }
        if (MISDEMEANOR.matcher(v).matches()) {
            return Optional.of(OffenseLevel.MISDEMEANOR);
        }
        if (INFRACTION.matcher(v).matches()) {
            return Optional.of(OffenseLevel.INFRACTION);
        }
        String words = " " + v + " ";
        if (words.contains(" felony ") || words.contains(" felonia ")) {
            return Optional.of(OffenseLevel.FELONY);
        }
        return words.contains(" misdemeanor ") ? Optional.of(OffenseLevel.MISDEMEANOR) : Optional.empty();
    }

    public static Optional<Disposition> disposition(String text) {
        return Optional.ofNullable(DISPOSITIONS.get(word(text)));
    }

    /** A category written in the file (the screening's names or common synonyms). */
    public static Optional<OffenseCategory> category(String text) {
        return Optional.ofNullable(CATEGORIES.get(word(text)));
    }

    /** The category a charge's words point to ("DWI 2ND", "POSS CS PG1", "THEFT PROP >=$750"); OTHER when none does. */
    public static OffenseCategory inferCategory(String description) {
        String v = " " + NOT_CHARGE_WORD.matcher(SearchText.fold(description)).replaceAll(" ") + " ";
        for (Map.Entry<Pattern, OffenseCategory> e : CATEGORY_WORDS.entrySet()) {
            if (e.getKey().matcher(v).find()) {
                return e.getValue();
            }
        }
        return OffenseCategory.OTHER;
    }

    /**
     * The ICE form a hold column names: a form number ("I-247A", "247a", "I-203") is that form; a plain yes ("Y",
     * "ICE HOLD", "Detainer") is {@value #DEFAULT_HOLD_FORM}; a no or an empty cell is no hold. Empty when the value
     * is none of these.
     */
    public static Optional<Optional<String>> holdForm(String text) {
        String v = word(text);
        if (v.isEmpty() || NO.contains(v)) {
            return Optional.of(Optional.empty());
        }
        String compact = v.replace(" ", "");
        if (FORMS.containsKey(compact)) {
            return Optional.of(Optional.of(FORMS.get(compact)));
        }
        if (YES.contains(v) || HOLD_YES.contains(v)) {
            return Optional.of(Optional.of(DEFAULT_HOLD_FORM));
        }
        return Optional.empty();
    }

    /**
     * The administrative warrant a column names: "I-200", "i200", "Warrant for arrest" is an I-200; "I-205", "warrant
     * of removal" an I-205; "no", "none" that none came with the hold; an empty cell that nobody knows. Empty when the
     * value is none of these.
     */
    public static Optional<Optional<org.amparo.rules.detainer.AdministrativeWarrant>> holdWarrant(String text) {
        String v = word(text);
        if (v.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        String compact = v.replace(" ", "");
        if (compact.equals("i200") || compact.equals("200") || v.contains("arrest")) {
            return Optional.of(Optional.of(org.amparo.rules.detainer.AdministrativeWarrant.I_200));
        }
        if (compact.equals("i205") || compact.equals("205") || v.contains("removal") || v.contains("deportation")) {
            return Optional.of(Optional.of(org.amparo.rules.detainer.AdministrativeWarrant.I_205));
        }
        if (NO.contains(v) || v.equals("none") || v.equals("ninguna") || v.equals("ninguno")) {
            return Optional.of(Optional.of(org.amparo.rules.detainer.AdministrativeWarrant.NONE));
        }
        return Optional.empty();
    }

    /** Folded, punctuation made spaces: "Pled Guilty." and "PLED  GUILTY" are the same word. */
    static String word(String text) {
        return NOT_WORD.matcher(SearchText.fold(text)).replaceAll(" ").trim();
    }
}
