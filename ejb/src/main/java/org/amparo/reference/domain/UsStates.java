package org.amparo.reference.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** US states, the District of Columbia and the territories: full name or code to the two-letter code. */
public final class UsStates {

    private static final Map<String, String> CODES = new HashMap<>();

    static {
        String[][] states = {{"ALABAMA", "AL"}, {"ALASKA", "AK"}, {"ARIZONA", "AZ"}, {"ARKANSAS", "AR"},
                {"CALIFORNIA", "CA"}, {"COLORADO", "CO"}, {"CONNECTICUT", "CT"}, {"DELAWARE", "DE"},
                {"DISTRICT OF COLUMBIA", "DC"}, {"FLORIDA", "FL"}, {"GEORGIA", "GA"}, {"HAWAII", "HI"}, {"IDAHO", "ID"},
                {"ILLINOIS", "IL"}, {"INDIANA", "IN"}, {"IOWA", "IA"}, {"KANSAS", "KS"}, {"KENTUCKY", "KY"},
                {"LOUISIANA", "LA"}, {"MAINE", "ME"}, {"MARYLAND", "MD"}, {"MASSACHUSETTS", "MA"}, {"MICHIGAN", "MI"},
                {"MINNESOTA", "MN"}, {"MISSISSIPPI", "MS"}, {"MISSOURI", "MO"}, {"MONTANA", "MT"}, {"NEBRASKA", "NE"},
                {"NEVADA", "NV"}, {"NEW HAMPSHIRE", "NH"}, {"NEW JERSEY", "NJ"}, {"NEW MEXICO", "NM"},
                {"NEW YORK", "NY"}, {"NORTH CAROLINA", "NC"}, {"NORTH DAKOTA", "ND"}, {"OHIO", "OH"},
                {"OKLAHOMA", "OK"}, {"OREGON", "OR"}, {"PENNSYLVANIA", "PA"}, {"RHODE ISLAND", "RI"},
                {"SOUTH CAROLINA", "SC"}, {"SOUTH DAKOTA", "SD"}, {"TENNESSEE", "TN"}, {"TEXAS", "TX"}, {"UTAH", "UT"},
                {"VERMONT", "VT"}, {"VIRGINIA", "VA"}, {"WASHINGTON", "WA"}, {"WEST VIRGINIA", "WV"},
                {"WISCONSIN", "WI"}, {"WYOMING", "WY"}, {"PUERTO RICO", "PR"}, {"GUAM", "GU"},
                {"U.S. VIRGIN ISLANDS", "VI"}, {"US VIRGIN ISLANDS", "VI"}, {"VIRGIN ISLANDS", "VI"},
                {"NORTHERN MARIANA ISLANDS", "MP"}, {"COMMONWEALTH OF THE NORTHERN MARIANA ISLANDS", "MP"},
                {"AMERICAN SAMOA", "AS"}};
        for (String[] s : states) {
            CODES.put(s[0], s[1]);
            CODES.put(s[1], s[1]);
        }
    }

    private static final Map<String, String> ZONES = new HashMap<>();

    static {
        String eastern = "America/New_York";
        String central = "America/Chicago";
        String mountain = "America/Denver";
        String pacific = "America/Los_Angeles";
        for (String code : new String[]{"CT", "DE", "DC", "FL", "GA", "ME", "MD", "MA", "NH", "NJ", "NY", "NC", "OH",
                "PA", "RI", "SC", "VT", "VA", "WV", "MI", "IN", "KY"}) {
            ZONES.put(code, eastern);
        }
        for (String code : new String[]{"AL", "AR", "IL", "IA", "LA", "MN", "MS", "MO", "OK", "WI", "TX", "TN", "KS",
                "NE", "SD", "ND"}) {
            ZONES.put(code, central);
        }
        for (String code : new String[]{"CO", "MT", "NM", "UT", "WY", "ID"}) {
            ZONES.put(code, mountain);
        }
        for (String code : new String[]{"CA", "NV", "OR", "WA"}) {
            ZONES.put(code, pacific);
        }
        ZONES.put("AZ", "America/Phoenix");
        ZONES.put("AK", "America/Anchorage");
        ZONES.put("HI", "Pacific/Honolulu");
        ZONES.put("PR", "America/Puerto_Rico");
        ZONES.put("VI", "America/St_Thomas");
        ZONES.put("GU", "Pacific/Guam");
        ZONES.put("MP", "Pacific/Saipan");
        ZONES.put("AS", "Pacific/Pago_Pago");
    }

    /**
     * The time zone most of the state keeps (a few states span two; an admin corrects a facility's zone by hand).
     * Unknown: US Eastern, which ICE's headquarters uses.
     */
    public static java.time.ZoneId zone(String code) {
        return java.time.ZoneId.of(ZONES.getOrDefault(code == null ? "" : code, "America/New_York"));
    }

    private UsStates() {
    }

    public static Optional<String> code(String nameOrCode) {
        if (nameOrCode == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(CODES.get(nameOrCode.replace('\u00A0', ' ').trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT)));
    }

    /** The state's name as ICE writes it, for a jurisdiction named after the state. */
    public static String name(String code) {
        return CODES.entrySet().stream().filter(e -> e.getValue().equals(code) && e.getKey().length() > 2)
                .map(Map.Entry::getKey).sorted().findFirst().orElse(code);
    }
}
