package org.amparo.web.monitoring;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.amparo.monitoring.application.JurisdictionMonitoring;
import org.amparo.monitoring.application.MapData;
import org.amparo.monitoring.application.MapLayer;
import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Messages;
import org.amparo.web.session.UserSession;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The policy map page ({@code map.xhtml}, also {@code /map}): the layer and period come as query parameters (a plain GET
 * form, so a map can be linked and bookmarked); the table is rendered on the server, the map drawn in the browser from
 * the same data embedded in the page.
 */
@Named
@ViewScoped
public class PolicyMapView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    JurisdictionMonitoring monitoring;

    @Inject
    UserSession session;

    private String layer;
    private String from;
    private String to;
    private MapData data;
    private String json;
    private List<MapData.Entry> rows;

    public void load() {
        if (data != null) {
            return;
        }
        MapLayer shown = MapLayer.ofParameter(layer).orElse(null);
        if (shown == null) {
            Messages.error("map.badLayer");
            shown = MapLayer.POLICY;
        }
        LocalDate start = day("from", from);
        LocalDate end = day("to", to);
        try {
            data = monitoring.map(shown, start, end);
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("", invalid);
            data = monitoring.map(shown, null, null);
        }
        layer = data.layer().parameter();
        from = data.from() == null ? null : data.from().toString();
        to = data.to() == null ? null : data.to().toString();
        try (Jsonb jsonb = JsonbBuilder.create()) {
            // Inside a <script> element: "</" would end it.
            json = jsonb.toJson(MapJson.of(data, session.getLocale())).replace("</", "<\\/");
        } catch (Exception e) {
            throw new IllegalStateException("The map's data could not be written as JSON", e);
        }
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            Messages.error("map.badDate", Messages.text("field." + field));
            return null;
        }
    }

    public MapData getData() {
        return data;
    }

    public String getJson() {
        return json;
    }

    /**
     * The table under the map, a page at a time: where the layer's figure is highest first (open cases on the policy
     * layer), then in the map's order (state, level, name), so that the jurisdictions with something to see lead.
     */
    public List<MapData.Entry> getRows() {
        if (rows == null && data != null) {
            MapLayer shown = data.layer();
            rows = data.jurisdictions().stream().sorted(java.util.Comparator.comparingLong((MapData.Entry e) -> shown == MapLayer.POLICY
                    ? (e.openCases() == null ? 0 : e.openCases()) : e.figure(shown)).reversed()).toList();
        }
        return rows == null ? List.of() : rows;
    }

    public MapLayer[] getLayers() {
        return MapLayer.values();
    }

    /** Every detainer policy in the map key's order (the toolkit's six first), for the legend. */
    public DetainerPolicy[] getPolicies() {
        return DetainerPolicy.values();
    }

    public boolean isCounting() {
        return data != null && data.layer() != MapLayer.POLICY;
    }

    public String getLayer() {
        return layer;
    }

    public void setLayer(String layer) {
        this.layer = layer;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
