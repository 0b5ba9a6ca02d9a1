package org.amparo.workflows;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The process diagram in the reader's language: the BPMN names its elements in English; {@code diagram_<lang>}
 * ({@code org/amparo/workflows/diagram_es.properties}) gives each element's name by its id for another language, and
 * the XML is drawn with those names. Ids, and so the diagram's shape and markers, are untouched.
 */
final class DiagramNames {

    static final String BUNDLE = "org.amparo.workflows.diagram";
    private static final Pattern TAG = Pattern.compile("<(?!message\\b)[A-Za-z:]+\\s[^>]*>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern NAME = Pattern.compile("(\\bname=\")([^\"]*)(\")");

    private DiagramNames() {
    }

    /** The XML with each element named in {@code locale}'s language where the bundle has its name. */
    static String translate(String xml, Locale locale) {
        if (locale == null || locale.getLanguage().isEmpty() || "en".equals(locale.getLanguage())) {
            return xml;
        }
        ResourceBundle names;
        try {
            names = ResourceBundle.getBundle(BUNDLE, locale, DiagramNames.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException none) {
            return xml;
        }
        if (!locale.getLanguage().equals(names.getLocale().getLanguage())) {
            return xml;
        }
        Matcher tags = TAG.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (tags.find()) {
            String tag = tags.group();
            Matcher id = ID.matcher(tag);
            Matcher name = NAME.matcher(tag);
            if (id.find() && name.find() && names.containsKey(id.group(1))) {
                tag = tag.substring(0, name.start()) + name.group(1) + escape(names.getString(id.group(1))) + name.group(3)
                        + tag.substring(name.end());
            }
            tags.appendReplacement(out, Matcher.quoteReplacement(tag));
        }
        tags.appendTail(out);
        return out.toString();
    }

    /** The ids of the elements the diagram names (for tests: each needs a name in every language). */
    static java.util.Set<String> namedIds(String xml) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        Matcher tags = TAG.matcher(xml);
        while (tags.find()) {
            Matcher id = ID.matcher(tags.group());
            if (id.find() && NAME.matcher(tags.group()).find()) {
                ids.add(id.group(1));
            }
        }
        return ids;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
