package org.amparo.monitoring.application;

import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.reference.domain.JurisdictionLevel;
import org.amparo.reference.domain.SupportType;
import org.amparo.rules.detainer.Finding;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the policy map draws: every jurisdiction with its detainer policy, its 287(g) models and the layer's counts.
 * Those with a FIPS code are drawn (states and counties as shapes, cities with a point as markers); the others are
 * only in the table.
 *
 * @param from the period's first day (reports, and case figures when a period was asked for)
 * @param to   the period's last day
 */
public record MapData(MapLayer layer, LocalDate from, LocalDate to, List<Entry> jurisdictions) implements Serializable {

    /**
     * One jurisdiction on the map.
     *
     * @param has287g        a current 287(g) agreement, or a facility recorded as having one
     * @param models287g     the models of its current 287(g) agreements
     * @param openCases      open cases the caller may count (policy layer)
     * @param reports        hotline reports of events in the period, false reports left out (reports layer)
     * @param currentAlerts  those of them still current alerts (reports layer)
     * @param heldPastExpiry cases with the finding "held past expiry" (heldPastExpiry layer)
     * @param findings       cases by finding (findings layer)
     */
    public record Entry(long id, String name, JurisdictionLevel level, String stateCode, String fipsCode, Double latitude,
                        Double longitude, DetainerPolicy policy, boolean has287g, Set<SupportType> models287g,
                        Long openCases, Long reports, Long currentAlerts, Long heldPastExpiry,
                        Map<Finding, Long> findings) implements Serializable {

        /** The figure the layer draws for this jurisdiction (0 for the policy layer). */
        public long figure(MapLayer layer) {
            return switch (layer) {
                case POLICY -> 0;
                case REPORTS -> reports == null ? 0 : reports;
                case HELD_PAST_EXPIRY -> heldPastExpiry == null ? 0 : heldPastExpiry;
                case FINDINGS -> findings == null ? 0 : findings.values().stream().mapToLong(Long::longValue).sum();
            };
        }
    }
}
