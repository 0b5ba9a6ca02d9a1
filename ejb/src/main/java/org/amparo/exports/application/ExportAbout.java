package org.amparo.exports.application;

import org.amparo.exports.domain.ExportMode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;

/** The About sheet every export carries: what was exported, when, by whom, and in which mode, in the reader's words. */
public final class ExportAbout {

    private ExportAbout() {
    }

    /** What, when and by whom; labels from the exports bundle. */
    public static Map<String, String> of(ResourceBundle labels, String what, Instant when, String who) {
        Map<String, String> about = new LinkedHashMap<>();
        about.put(labels.getString("about.what"), what);
        about.put(labels.getString("about.when"), when.toString());
        about.put(labels.getString("about.who"), who);
        return about;
    }

    /** The same, with the mode: full (identified) or de-identified. */
    public static Map<String, String> of(ResourceBundle labels, String what, Instant when, String who, ExportMode mode) {
        Map<String, String> about = of(labels, what, when, who);
        about.put(labels.getString("about.mode"), labels.getString(mode == ExportMode.FULL ? "about.mode.full" : "about.mode.deidentified"));
        return about;
    }
}
