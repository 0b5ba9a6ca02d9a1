package org.amparo.web.monitoring;

import org.amparo.monitoring.application.MapData;
import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.shared.domain.Labels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The policy map's data as the API answers it and the page's script draws it: jurisdictions keyed by FIPS code, each
 * code with its words in the reader's language, and the legend in the map key's order.
 */
public final class MapJson {

    private MapJson() {
    }

    public static Map<String, Object> of(MapData data, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("layer", data.layer().parameter());
        json.put("layerLabel", Labels.of(data.layer(), locale));
        if (data.from() != null) {
            json.put("from", data.from().toString());
        }
        if (data.to() != null) {
            json.put("to", data.to().toString());
        }
        List<Map<String, Object>> legend = new ArrayList<>();
        for (DetainerPolicy p : DetainerPolicy.values()) {
            legend.add(Map.of("code", p.name(), "label", Labels.of(p, locale)));
        }
        json.put("legend", legend);
        Map<String, Object> mapped = new LinkedHashMap<>();
        List<Map<String, Object>> unmapped = new ArrayList<>();
        for (MapData.Entry e : data.jurisdictions()) {
            Map<String, Object> j = entry(e, locale);
            if (e.fipsCode() != null) {
                mapped.put(e.fipsCode(), j);
            } else {
                unmapped.add(j);
            }
        }
        json.put("jurisdictions", mapped);
        json.put("unmapped", unmapped);
        return json;
    }

    private static Map<String, Object> entry(MapData.Entry e, Locale locale) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", e.id());
        j.put("name", e.name());
        j.put("level", e.level().name());
        j.put("levelLabel", Labels.of(e.level(), locale));
        j.put("stateCode", e.stateCode());
        if (e.fipsCode() != null) {
            j.put("fipsCode", e.fipsCode());
        }
        if (e.latitude() != null) {
            j.put("latitude", e.latitude());
            j.put("longitude", e.longitude());
        }
        j.put("policy", e.policy().name());
        j.put("policyLabel", Labels.of(e.policy(), locale));
        j.put("has287g", e.has287g());
        j.put("models287g", e.models287g().stream().map(m -> Map.of("code", m.name(), "label", Labels.of(m, locale))).toList());
        if (e.openCases() != null) {
            j.put("openCases", e.openCases());
        }
        if (e.reports() != null) {
            j.put("reports", e.reports());
            j.put("currentAlerts", e.currentAlerts());
        }
        if (e.heldPastExpiry() != null) {
            j.put("heldPastExpiry", e.heldPastExpiry());
        }
        if (e.findings() != null) {
            Map<String, Object> findings = new LinkedHashMap<>();
            e.findings().forEach((f, n) -> findings.put(f.name(), Map.of("label", Labels.of(f, locale), "count", n)));
            j.put("findings", findings);
        }
        return j;
    }
}
