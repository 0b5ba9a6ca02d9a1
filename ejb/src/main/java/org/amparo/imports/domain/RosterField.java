package org.amparo.imports.domain;

import org.amparo.shared.domain.SearchText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields a column of a jail roster or hotline sheet can map to, each with the header labels real files use for
 * it (English and Spanish, the labels of Amparo's own case-list export included). A label matches after
 * {@link #normalLabel(String) normalising}: accents, case, punctuation and spacing aside, "#" read as "number".
 */
public enum RosterField {
    FULL_NAME("name", "full name", "inmate name", "inmate", "detainee", "detainee name", "defendant", "defendant name",
            "person", "nombre", "nombre completo", "nombre del detenido"),
    FAMILY_NAME("last name", "lastname", "last", "family name", "surname", "apellido", "apellidos"),
    GIVEN_NAMES("first name", "firstname", "first", "given name", "given names", "first and middle name", "nombres",
            "nombre de pila"),
    DATE_OF_BIRTH("dob", "date of birth", "birth date", "birthdate", "born", "fecha de nacimiento", "fecha nacimiento"),
    A_NUMBER("a number", "anumber", "a no", "alien number", "alien registration number", "ain", "numero a",
            "numero de extranjero"),
    BOOKING_NUMBER("booking number", "booking no", "booking", "booking id", "jail id", "so number", "inmate number",
            "inmate id", "numero de registro", "numero de reserva"),
    BOOKED_AT("booking date", "booked", "booked at", "booked on", "date booked", "book date", "booking date time",
            "booking datetime", "intake date", "fecha de registro", "fecha de ingreso"),
    FACILITY("facility", "jail", "detention facility", "housing facility", "location", "held at", "centro",
            "centro de detencion", "carcel"),
    SCHEDULED_RELEASE("scheduled release", "release date", "projected release", "projected release date",
            "expected release", "fecha de salida", "fecha de liberacion"),
    ARRESTED_ON("arrest date", "date of arrest", "arrested", "arrested on", "fecha de arresto"),
    ARRESTING_AGENCY("arresting agency", "arrest agency", "agency", "agencia"),
    CHARGE("charge", "charges", "charge description", "offense", "offence", "offense description", "statute description",
            "crime", "cargo", "cargos", "delito"),
    CHARGE_LEVEL("level", "charge level", "degree", "class", "severity", "offense level", "charge class", "f m",
            "grado", "nivel"),
    CHARGE_CATEGORY("category", "offense category", "charge category", "categoria"),
    DISPOSITION("disposition", "charge status", "outcome", "case disposition", "resolucion", "disposicion"),
    DISPOSITION_DATE("disposition date", "conviction date", "date convicted", "sentence date", "fecha de disposicion",
            "fecha de condena"),
    SENTENCE_DAYS("sentence days", "sentence", "days sentenced", "condena dias", "condena"),
    ICE_HOLD("ice hold", "hold", "detainer", "ice detainer", "immigration hold", "ice", "hold type", "detainer type",
            "ice request", "ice form", "orden de ice", "detainer de ice", "retencion de ice"),
    HOLD_ISSUED_AT("detainer date", "hold date", "detainer issued", "detainer issued at", "hold placed", "date of detainer",
            "ice hold date", "detainer lodged", "fecha del detainer", "fecha de la orden de ice"),
    /** The administrative warrant (I-200 or I-205) that came with the hold, or "none". */
    HOLD_WARRANT("warrant", "ice warrant", "administrative warrant", "warrant form", "hold warrant", "detainer warrant",
            "i 200 i 205", "orden de arresto de ice", "orden administrativa"),
    CALLER_NAME("caller", "caller name", "reported by", "contact name", "quien llama", "persona que llama"),
    CALLER_RELATION("relation", "relationship", "caller relation", "relacion", "parentesco"),
    CALLER_CONTACT("phone", "caller phone", "contact", "contact phone", "telefono", "contacto");

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final Map<String, RosterField> BY_LABEL = new HashMap<>();

    static {
        for (RosterField field : values()) {
            for (String label : field.labels) {
                RosterField before = BY_LABEL.put(normalLabel(label), field);
                if (before != null) {
                    throw new IllegalStateException("Label " + label + " names both " + before + " and " + field);
                }
            }
        }
    }

    private final List<String> labels;

    RosterField(String... labels) {
        this.labels = List.of(labels);
    }

    /** The labels a file may use for this field. */
    public List<String> labels() {
        return labels;
    }

    /** The field a header label names, if it is one of the known labels. */
    public static Optional<RosterField> forLabel(String label) {
        return Optional.ofNullable(BY_LABEL.get(normalLabel(label)));
    }

    /** "A#", "A-Number" and "a  number" all read "a number", "D.O.B." reads "dob": accents, case, punctuation and spacing aside. */
    public static String normalLabel(String label) {
        String folded = SearchText.fold(label).replace(".", "").replace("#", " number ");
        return NOT_WORD.matcher(folded).replaceAll(" ").trim();
    }
}
