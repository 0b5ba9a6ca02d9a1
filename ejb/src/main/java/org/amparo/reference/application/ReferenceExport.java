package org.amparo.reference.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.audit.application.AuditLog;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.Labels;
import org.amparo.shared.infrastructure.XlsxTable;
import org.amparo.shared.infrastructure.XlsxTable.Column;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The reference lists as workbooks: jurisdictions with their policies, facilities, 287(g) agreements. Not personal data. */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
public class ReferenceExport {

    /** The lists there are. */
    public enum ReferenceList { JURISDICTIONS, FACILITIES, AGREEMENTS }

    @Inject
    ReferenceQueries queries;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public long export(ReferenceList which, Locale locale, OutputStream out) {
        ResourceBundle l = ResourceBundle.getBundle("org.amparo.i18n.exports", locale);
        Map<String, String> about = org.amparo.exports.application.ExportAbout.of(l, l.getString("ref." + which.name()),
                Instant.now(clock), session.getCallerPrincipal().getName());
        String yes = l.getString("file.yes");
        String no = l.getString("file.no");
        try {
            long rows = switch (which) {
                case JURISDICTIONS -> new XlsxTable<ReferenceForms.JurisdictionDetails>(l.getString("ref.JURISDICTIONS"), List.of(
                        new Column<>(l.getString("ref.name"), 34, ReferenceForms.JurisdictionDetails::name),
                        new Column<>(l.getString("ref.level"), 10, j -> Labels.of(j.level(), locale)),
                        new Column<>(l.getString("ref.state"), 6, ReferenceForms.JurisdictionDetails::stateCode),
                        new Column<>(l.getString("ref.policy"), 30, j -> Labels.of(j.detainerPolicy(), locale)),
                        new Column<>(l.getString("ref.policyDate"), 12, ReferenceForms.JurisdictionDetails::policyDate),
                        new Column<>(l.getString("ref.policySource"), 30, ReferenceForms.JurisdictionDetails::policySource),
                        new Column<>(l.getString("ref.policyText"), 60, ReferenceForms.JurisdictionDetails::policyText),
                        new Column<>(l.getString("code.level"), 10, j -> code(j.level())),
                        new Column<>(l.getString("code.policy"), 30, j -> code(j.detainerPolicy())),
                        new Column<>(l.getString("ref.fipsCode"), 9, ReferenceForms.JurisdictionDetails::fipsCode)), yes, no)
                        .write(queries.jurisdictionDetails(), about, out);
                case FACILITIES -> new XlsxTable<ReferenceForms.FacilityDetails>(l.getString("ref.FACILITIES"), List.of(
                        new Column<>(l.getString("ref.name"), 36, ReferenceForms.FacilityDetails::name),
                        new Column<>(l.getString("ref.type"), 14, f -> Labels.of(f.type(), locale)),
                        new Column<>(l.getString("ref.iceType"), 10, ReferenceForms.FacilityDetails::iceType),
                        new Column<>(l.getString("ref.operator"), 18, ReferenceForms.FacilityDetails::operator),
                        new Column<>(l.getString("ref.address"), 26, ReferenceForms.FacilityDetails::address),
                        new Column<>(l.getString("ref.city"), 16, ReferenceForms.FacilityDetails::city),
                        new Column<>(l.getString("ref.state"), 6, ReferenceForms.FacilityDetails::stateCode),
                        new Column<>(l.getString("ref.aor"), 6, ReferenceForms.FacilityDetails::aor),
                        new Column<>(l.getString("ref.jurisdiction"), 24, ReferenceForms.FacilityDetails::jurisdictionName),
                        new Column<>("287(g)", 8, ReferenceForms.FacilityDetails::has287g),
                        new Column<>("IGSA", 8, ReferenceForms.FacilityDetails::igsa),
                        new Column<>(l.getString("ref.igsaBeds"), 8, ReferenceForms.FacilityDetails::igsaBeds),
                        new Column<>(l.getString("ref.igsaRate"), 10, ReferenceForms.FacilityDetails::igsaRatePerDay),
                        new Column<>(l.getString("ref.guaranteedMinimum"), 10, ReferenceForms.FacilityDetails::guaranteedMinimum),
                        new Column<>(l.getString("ref.adp"), 10, ReferenceForms.FacilityDetails::averageDailyPopulation),
                        new Column<>(l.getString("ref.iceEndedOn"), 12, ReferenceForms.FacilityDetails::iceEndedOn),
                        new Column<>(l.getString("code.type"), 14, f -> code(f.type()))), yes, no)
                        .write(queries.facilityDetails(), about, out);
                case AGREEMENTS -> new XlsxTable<ReferenceForms.AgreementDetails>(l.getString("ref.AGREEMENTS"), List.of(
                        new Column<>(l.getString("ref.state"), 6, ReferenceForms.AgreementDetails::stateCode),
                        new Column<>(l.getString("ref.agency"), 40, ReferenceForms.AgreementDetails::agency),
                        new Column<>(l.getString("ref.type"), 14, a -> a.agencyType() == null ? null : Labels.of(a.agencyType(), locale)),
                        new Column<>(l.getString("ref.county"), 20, ReferenceForms.AgreementDetails::county),
                        new Column<>(l.getString("ref.supportType"), 24, a -> Labels.of(a.supportType(), locale)),
                        new Column<>(l.getString("ref.signedOn"), 12, ReferenceForms.AgreementDetails::signedOn),
                        new Column<>(l.getString("ref.moa"), 40, ReferenceForms.AgreementDetails::moaUrl),
                        new Column<>(l.getString("ref.jurisdiction"), 24, ReferenceForms.AgreementDetails::jurisdictionName),
                        new Column<>(l.getString("ref.endedOn"), 12, ReferenceForms.AgreementDetails::endedOn),
                        new Column<>(l.getString("code.type"), 14, a -> code(a.agencyType())),
                        new Column<>(l.getString("code.supportType"), 24, a -> code(a.supportType()))), yes, no)
                        .write(queries.agreements(true), about, out);
            };
            audit.record("reference.exported", "Reference", which.name(), "rows=" + rows);
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
