package org.amparo.casefile.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.audit.application.AuditLog;
import org.amparo.casefile.infrastructure.AuditedChanges;
import org.amparo.casefile.infrastructure.CaseFileQuery;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.history.application.HistoryWords;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.FieldChange;
import org.amparo.shared.domain.Labels;
import org.amparo.shared.domain.NotFoundException;
import org.amparo.shared.infrastructure.XlsxTable;
import org.amparo.shared.infrastructure.XlsxTable.Column;
import org.amparo.shared.infrastructure.XlsxTable.Sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * A whole case file as one workbook, a sheet per part: person, immigration, criminal history, custody and ICE
 * requests, the notes the caller may read, documents (their description, not their bytes) and the history. It names
 * the person, so it is for the people who may open the file; every export is audited.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
public class CaseFileExport {

    @Inject
    org.amparo.cases.domain.DetentionCases cases;

    @Inject
    CaseFileQuery query;

    @Inject
    AuditedChanges changes;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @jakarta.inject.Inject
    org.amparo.cases.application.CaseAccess access;

    /** A row of a "field / value" sheet. */
    private record Fact(String field, Object value) {
    }

    /** Writes the workbook; returns the rows written in all its sheets. */
    public long export(long caseId, Locale locale, OutputStream out) {
        access.require(caseId);
        boolean privileged = Roles.readsPrivileged(session::isCallerInRole);
        CaseFile f = query.load(caseId, privileged).orElseThrow(() -> new NotFoundException("Case", caseId));
        DetentionCase c = cases.require(caseId);
        List<FieldChange> history = changes.ofCase(c, privileged);
        ResourceBundle l = ResourceBundle.getBundle("org.amparo.i18n.exports", locale);
        Function<Enum<?>, String> word = v -> v == null ? null : Labels.of(v, locale);
        java.time.ZoneId zone = org.amparo.platform.ServerZone.get();
        Function<Boolean, String> yesNo = b -> b == null ? null : l.getString(b ? "file.yes" : "file.no");
        CaseFile.Person p = f.person();
        CaseFile.Immigration i = f.immigration();
        CaseFile.Custody cu = f.custody();

        List<Fact> person = List.of(new Fact(l.getString("case.familyName"), p.familyName()),
                new Fact(l.getString("case.givenNames"), p.givenNames()), new Fact(l.getString("case.dateOfBirth"), p.dateOfBirth()),
                new Fact(l.getString("case.aNumber"), p.aNumber()), new Fact(l.getString("file.genderIdentity"), p.genderIdentity()),
                new Fact(l.getString("file.address"), p.address()), new Fact(l.getString("file.phone"), p.phone()),
                new Fact(l.getString("file.countryOfOrigin"), p.countryOfOrigin()),
                new Fact(l.getString("file.languages"), join(p.preferredLanguage(), p.otherLanguages())),
                new Fact(l.getString("file.employment"), p.employment()), new Fact(l.getString("file.communityTies"), p.communityTies()),
                new Fact(l.getString("file.consent"), yesNo.apply(p.consentToPublicize())),
                new Fact(l.getString("file.aliases"), String.join("; ", p.aliases().stream()
                        .map(a -> join(a.givenNames(), a.familyName())).toList())));
        List<Fact> immigration = List.of(new Fact(l.getString("file.status"), word.apply(i.immigrationStatus())),
                new Fact(l.getString("file.education"), word.apply(i.education())),
                new Fact(l.getString("file.residenceSince"), i.continuousResidenceSince()),
                new Fact(l.getString("file.reasonForMigration"), i.reasonForMigration()),
                new Fact(l.getString("file.victimOfCrime"), yesNo.apply(i.victimOfCrime())),
                new Fact(l.getString("file.victimOfAbuse"), yesNo.apply(i.victimOfAbuse())),
                new Fact(l.getString("file.victimOfFraud"), yesNo.apply(i.victimOfFraud())));
        List<Fact> custody = List.of(new Fact(l.getString("case.facility"), cu.facilityName()),
                new Fact(l.getString("case.bookingNumber"), cu.bookingNumber()), new Fact(l.getString("file.bookedAt"), cu.bookedAt()),
                new Fact(l.getString("file.scheduledRelease"), cu.scheduledReleaseAt()), new Fact(l.getString("file.bail"), word.apply(cu.bailStatus())),
                new Fact(l.getString("file.bailAmount"), cu.bailAmount()), new Fact(l.getString("file.iceInterviewed"), yesNo.apply(cu.iceInterviewed())),
                new Fact(l.getString("file.toldOfHold"), yesNo.apply(cu.toldOfHold())), new Fact(l.getString("file.custodyEnd"), word.apply(cu.custodyEnd())),
                new Fact(l.getString("file.custodyEndedAt"), cu.custodyEndedAt()), new Fact(l.getString("file.caller"),
                        join(cu.callerName(), cu.callerRelation() == null ? null : "(" + cu.callerRelation() + ")", cu.callerContact())));
        List<Object[]> charges = new ArrayList<>();
        for (CaseFile.Arrest a : f.arrests()) {
            for (CaseFile.Charge ch : a.charges()) {
                charges.add(new Object[]{a.arrestedOn(), a.agency(), ch.description(), word.apply(ch.level()), word.apply(ch.category()),
                        word.apply(ch.disposition()), ch.dispositionDate(), ch.sentenceDays(), yesNo.apply(ch.sentenceSuspended()),
                        yesNo.apply(ch.juvenile()), yesNo.apply(ch.aggravatedFelony()), ch.incident()});
            }
        }

        List<Sheet<?>> sheets = new ArrayList<>();
        sheets.add(facts(l.getString("file.sheet.person"), l, person));
        sheets.add(new Sheet<>(new XlsxTable<CaseFile.FamilyMember>(l.getString("file.sheet.family"), List.of(
                new Column<>(l.getString("file.name"), 28, CaseFile.FamilyMember::fullName),
                new Column<>(l.getString("file.relation"), 12, m -> word.apply(m.relation())),
                new Column<>(l.getString("case.dateOfBirth"), 13, CaseFile.FamilyMember::dateOfBirth),
                new Column<>(l.getString("file.citizenship"), 14, m -> word.apply(m.citizenship())),
                new Column<>(l.getString("file.dependent"), 10, m -> yesNo.apply(m.dependent())))), p.family()));
        sheets.add(facts(l.getString("file.sheet.immigration"), l, immigration));
        sheets.add(new Sheet<>(new XlsxTable<Object[]>(l.getString("file.sheet.entries"), List.of(
                new Column<>(l.getString("file.kind"), 18, r -> r[0]), new Column<>(l.getString("file.date"), 12, r -> r[1]),
                new Column<>(l.getString("file.detail"), 40, r -> r[2]))), immigrationEvents(i, l, yesNo)));
        sheets.add(new Sheet<>(new XlsxTable<Object[]>(l.getString("file.sheet.criminal"), List.of(
                new Column<>(l.getString("file.arrestedOn"), 12, r -> r[0]), new Column<>(l.getString("file.agency"), 20, r -> r[1]),
                new Column<>(l.getString("file.description"), 28, r -> r[2]), new Column<>(l.getString("file.level"), 12, r -> r[3]),
                new Column<>(l.getString("file.category"), 18, r -> r[4]), new Column<>(l.getString("file.disposition"), 12, r -> r[5]),
                new Column<>(l.getString("file.dispositionDate"), 12, r -> r[6]), new Column<>(l.getString("file.sentenceDays"), 10, r -> r[7]),
                new Column<>(l.getString("file.suspended"), 10, r -> r[8]), new Column<>(l.getString("file.juvenile"), 10, r -> r[9]),
                new Column<>(l.getString("file.aggravatedFelony"), 12, r -> r[10]), new Column<>(l.getString("file.incident"), 12, r -> r[11]))),
                charges));
        sheets.add(facts(l.getString("file.sheet.custody"), l, custody));
        sheets.add(new Sheet<>(new XlsxTable<CaseFile.IceRequest>(l.getString("file.sheet.ice"), List.of(
                new Column<>(l.getString("file.form"), 30, CaseFile.IceRequest::formLabel),
                new Column<>(l.getString("file.issuedAt"), 16, CaseFile.IceRequest::issuedAt),
                new Column<>(l.getString("file.served"), 10, r -> yesNo.apply(r.servedOnPerson())),
                new Column<>(l.getString("file.honored"), 10, r -> yesNo.apply(r.honored())),
                new Column<>(l.getString("file.notifiedIce"), 10, r -> yesNo.apply(r.notifiedIce())),
                new Column<>(l.getString("file.lifted"), 10, r -> yesNo.apply(r.lifted())),
                new Column<>(l.getString("file.interference"), 40, r -> String.join(", ", r.interference().stream().map(word).sorted().toList())))),
                f.iceRequests()));
        sheets.add(new Sheet<>(new XlsxTable<CaseFile.Note>(l.getString("file.sheet.notes"), List.of(
                new Column<>(l.getString("file.writtenAt"), 16, CaseFile.Note::writtenAt),
                new Column<>(l.getString("file.author"), 14, CaseFile.Note::author),
                new Column<>(l.getString("file.privileged"), 10, n -> yesNo.apply(n.privileged())),
                new Column<>(l.getString("file.note"), 80, CaseFile.Note::text))), f.notes()));
        sheets.add(new Sheet<>(new XlsxTable<CaseFile.Document>(l.getString("file.sheet.documents"), List.of(
                new Column<>(l.getString("file.fileName"), 30, CaseFile.Document::fileName),
                new Column<>(l.getString("file.description"), 30, CaseFile.Document::description),
                new Column<>(l.getString("file.contentType"), 16, CaseFile.Document::contentType),
                new Column<>(l.getString("file.uploadedAt"), 16, CaseFile.Document::uploadedAt),
                new Column<>(l.getString("file.author"), 14, CaseFile.Document::uploadedBy))), f.documents()));
        sheets.add(new Sheet<>(new XlsxTable<FieldChange>(l.getString("file.sheet.history"), List.of(
                new Column<>(l.getString("file.when"), 16, FieldChange::at), new Column<>(l.getString("file.author"), 14, FieldChange::actor),
                new Column<>(l.getString("file.record"), 14, ch -> HistoryWords.record(ch.record(), locale)),
                new Column<>(l.getString("file.field"), 20, FieldChange::field),
                new Column<>(l.getString("file.before"), 30, ch -> HistoryWords.value(ch.record(), ch.field(), ch.oldValue(), locale, zone)),
                new Column<>(l.getString("file.after"), 30, ch -> HistoryWords.value(ch.record(), ch.field(), ch.newValue(), locale, zone)))),
                history));

        String caller = session.getCallerPrincipal().getName();
        Map<String, String> about = org.amparo.exports.application.ExportAbout.of(l, l.getString("file.title") + " " + caseId,
                Instant.now(clock), caller);
        about.put(l.getString("about.mode"), l.getString("about.mode.full") + (privileged ? "" : "; " + l.getString("file.noPrivileged")));
        try {
            long rows = XlsxTable.writeWorkbook(sheets, about, out);
            audit.record("case.file.exported", "DetentionCase", caseId, "rows=" + rows + ", mode=full");
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet<Fact> facts(String sheet, ResourceBundle l, List<Fact> facts) {
        return new Sheet<>(new XlsxTable<>(sheet, List.of(new Column<>(l.getString("file.field"), 30, Fact::field),
                new Column<>(l.getString("file.value"), 60, Fact::value))), facts);
    }

    private static List<Object[]> immigrationEvents(CaseFile.Immigration i, ResourceBundle l, Function<Boolean, String> yesNo) {
        List<Object[]> rows = new ArrayList<>();
        i.entries().forEach(e -> rows.add(new Object[]{l.getString("file.entry"), e.enteredOn(), join(e.manner(), e.place())}));
        i.removalOrders().forEach(o -> rows.add(new Object[]{l.getString("file.removalOrder"), o.orderedOn(),
                o.finalOrder() == null ? null : l.getString("file.final") + ": " + yesNo.apply(o.finalOrder())}));
        i.applications().forEach(a -> rows.add(new Object[]{l.getString("file.application"), a.filedOn(), join(a.kind(), a.result())}));
        i.priorRemovals().forEach(r -> rows.add(new Object[]{l.getString("file.priorRemoval"), r.removedOn(), r.place()}));
        return rows;
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                out.append(out.isEmpty() ? "" : " ").append(part);
            }
        }
        return out.isEmpty() ? null : out.toString();
    }
}
