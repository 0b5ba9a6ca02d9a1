package org.amparo.monitoring.application;

import org.amparo.monitoring.domain.AuthorityOffice;
import org.amparo.monitoring.domain.AuthoritySelection;
import org.amparo.monitoring.domain.SmallCounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence report's PDF, written from figures alone: its sections and charts in the reader's language, a month of
 * 1 to 4 documents marked "&lt;5" and never by its number, a total over it as a least value, pages added as the report
 * grows, and a character Helvetica cannot write as "?" rather than a failed report.
 */
class EvidencePdfTest {

    @Test
    void theReportReadsInWordsWithSmallCountsHidden() throws IOException {
        String text = text(write(figures(30), Locale.ENGLISH));
        assertThat(text).contains("Evidence report: Ejemplo County", "ICE documents by month", "Cases by finding",
                "Non-priority target", "at least 6", "fewer than 5", "<5", "12", "Sheriff Dana", "Kept", "page 1");
        assertThat(text).as("a long address is cut at the line's end, not lost").contains("https://example.org/a/very/long", "segment/end");
        assertThat(text).as("a hidden month's own count never shows").doesNotContain(" 3 ", "\n3\n");
        assertThat(text).as("a story with consent and vetting, shown as vetted; and the campaign's outcomes")
                .contains("Vetted stories", "Vetted story \u00b7 vetted by an attorney on 2026-11-20", "They kept me for ICE.",
                        "My children did not know where I was.", "Campaign outcomes", "2026-11-03 \u00b7 Won");
    }

    @Test
    void spanishReadersGetSpanishAndAnUnwritableCharacterIsAQuestionMark() throws IOException {
        byte[] pdf = write(figures(3), Locale.forLanguageTag("es"));
        String text = text(pdf);
        assertThat(text).contains("Historias revisadas", "Resultados de la campa\u00f1a", "Documentos de ICE por mes", "Casos por hallazgo", "menos de 5", "al menos 6", "Condado ? Ejemplo", "p\u00e1gina 1");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("es");
        }
    }

    @Test
    void aLongReportGoesOnToMorePages() throws IOException {
        EvidenceReport.Figures many = figures(12);
        List<EvidenceReport.PromiseLine> promises = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            promises.add(new EvidenceReport.PromiseLine("2026-0" + (1 + i % 9), "Sheriff", "Data on ICE detainers",
                    LocalDate.of(2026, 10, 1), "Kept", null, false));
        }
        byte[] pdf = write(new EvidenceReport.Figures(many.title(), many.jurisdiction(), many.period(), many.summary(),
                List.of(), List.of(), many.practices(), many.officials(), promises, many.documentsByMonth(),
                many.casesByFinding(), 6, List.of(), List.of(), List.of(), List.of(), null, null), Locale.ENGLISH);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(text(pdf)).contains("page 2");
    }

    private static EvidenceReport.Figures figures(int months) {
        List<EvidenceReport.Bar> byMonth = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            long count = i % 5 == 2 ? 3 : 12;
            byMonth.add(new EvidenceReport.Bar(YearMonth.of(2024, 1).plusMonths(i).toString(), SmallCounts.of(count)));
        }
        List<EvidenceReport.Bar> byFinding = List.of(
                new EvidenceReport.Bar("Non-priority target", SmallCounts.total(List.of(5L, 1L))),
                new EvidenceReport.Bar("Held past the hold's expiry", SmallCounts.of(2)));
        return new EvidenceReport.Figures("Evidence report: Ejemplo County", "\u5fa1 Ejemplo County", "All time",
                List.of(new EvidenceReport.Line("Jurisdiction", "Condado \u5fa1 Ejemplo"),
                        new EvidenceReport.Line("Open cases", 33L),
                        new EvidenceReport.Line("Source of the policy",
                                "https://example.org/a/very/long/address/without/any/space/" + "segment/".repeat(20) + "end"),
                        new EvidenceReport.Line("Cases with a finding (open or closed)", "at least 6")),
                List.of(), List.of(),
                List.of(new EvidenceReport.Practice("ICE in the jail", "Holding individuals past criminal release date for ICE",
                        "Observed", LocalDate.of(2026, 11, 2), "fewer than 5", 0L, true, "OBSERVED")),
                List.of(new AuthorityView(1, 0, 1, AuthorityOffice.SHERIFF, null, "Sheriff Dana", AuthoritySelection.ELECTED,
                        LocalDate.of(2028, 6, 6), null, null, null, null, null, "admin", Instant.EPOCH)),
                List.of(new EvidenceReport.PromiseLine("2026-10", "Sheriff", "Written policies", LocalDate.of(2026, 11, 2), "Kept",
                        LocalDate.of(2026, 11, 1), false)),
                byMonth, byFinding, 6, List.of(),
                List.of(new EvidenceReport.StoryLine("Vetted story", "They kept me for ICE.\nMy children did not know where I was.",
                        LocalDate.of(2026, 11, 20))),
                List.of(new EvidenceReport.OutcomeLine(LocalDate.of(2026, 11, 3), "Won")),
                List.of(), null, null);
    }

    private static byte[] write(EvidenceReport.Figures figures, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EvidencePdf(ResourceBundle.getBundle("org.amparo.i18n.exports", locale), locale)
                .write(figures, Instant.parse("2026-12-01T10:00:00Z"), out);
        Path kept = Path.of("target", "evidence-" + locale.getLanguage() + "-" + figures.documentsByMonth().size() + ".pdf");
        Files.createDirectories(kept.getParent());
        Files.write(kept, out.toByteArray());
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
