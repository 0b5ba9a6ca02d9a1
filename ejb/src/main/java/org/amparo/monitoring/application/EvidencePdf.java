package org.amparo.monitoring.application;

import org.amparo.monitoring.domain.SmallCounts;
import org.amparo.shared.domain.Labels;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TimeZone;

/**
 * The evidence report as a PDF (issue 14 item 7): the summary, a chart of ICE documents by month, a chart of cases
 * by finding, the checklist practices observed with their evidence, the meeting promises and the authorities, in the
 * reader's language, from the same {@link EvidenceReport.Figures} as the workbook, so under the same rules: a count
 * from 1 to 4 is a hollow bar at the threshold marked "&lt;5", never a bar of its height. Letter size, PDF's own
 * Helvetica (a character it cannot write, outside Western European scripts, is written "?").
 */
final class EvidencePdf {

    private static final PDRectangle SIZE = PDRectangle.LETTER;
    private static final float MARGIN = 54;
    private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
    private static final float[] INK = {0.13f, 0.13f, 0.13f};
    private static final float[] BAR = {0.08f, 0.33f, 0.6f};
    private static final float[] RULE = {0.75f, 0.75f, 0.75f};

    private final ResourceBundle l;
    private final Locale locale;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private PDDocument doc;
    private PDPageContentStream out;
    private float y;
    private int pages;
    private String footer;

    EvidencePdf(ResourceBundle l, Locale locale) {
        this.l = l;
        this.locale = locale;
    }

    /** Writes the report; returns its pages. */
    int write(EvidenceReport.Figures figures, Instant at, OutputStream target) throws IOException {
        try (PDDocument document = new PDDocument()) {
            doc = document;
            footer = figures.title() + " \u00b7 " + l.getString("about.mode.deidentified");
            var info = doc.getDocumentInformation();
            info.setTitle(figures.title());
            info.setCreator("Amparo");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), locale);
            created.setTimeInMillis(at.toEpochMilli());
            info.setCreationDate(created);
            doc.getDocumentCatalog().setLanguage(locale.getLanguage());
            newPage();

            text(bold, 16, figures.title(), MARGIN);
            y -= 4;
            paragraph(regular, 10, l.getString("evidence.period") + ": " + figures.period());
            paragraph(regular, 9, l.getString("evidence.smallCounts") + ": " + l.getString("evidence.smallCountsRule"));
            y -= 8;

            heading(l.getString("evidence.sheet.summary"));
            for (EvidenceReport.Line line : figures.summary()) {
                if (line.value() == null || line.what().equals(l.getString("evidence.smallCounts"))) {
                    continue;
                }
                pair(line.what(), String.valueOf(line.value()));
            }

            heading(l.getString("evidence.sheet.documents"));
            monthChart(figures.documentsByMonth());

            heading(l.getString("evidence.chart.findings"));
            barList(figures.casesByFinding());

            heading(l.getString("evidence.chart.observed"));
            boolean any = false;
            for (EvidenceReport.Practice p : figures.practices()) {
                if (p.stateCode().equals("OBSERVED")) {
                    any = true;
                    paragraph(bold, 9, p.practice());
                    paragraph(regular, 9, "    " + l.getString("evidence.caseEvidence") + ": " + p.cases() + " \u00b7 "
                            + l.getString("evidence.reportEvidence") + ": " + p.reports()
                            + (p.observedOn() == null ? "" : " \u00b7 " + l.getString("evidence.observedOn") + " " + p.observedOn()));
                }
            }
            if (!any) {
                paragraph(regular, 9, l.getString("evidence.none"));
            }

            heading(l.getString("evidence.sheet.promises"));
            if (figures.promises().isEmpty()) {
                paragraph(regular, 9, l.getString("evidence.none"));
            }
            for (EvidenceReport.PromiseLine p : figures.promises()) {
                paragraph(regular, 9, p.meeting() + (p.met() == null ? "" : " \u00b7 " + p.met()) + " \u00b7 " + p.promise() + " \u00b7 "
                        + l.getString("evidence.dueOn") + " " + p.dueOn() + " \u00b7 " + p.state()
                        + (p.overdue() ? " (" + l.getString("evidence.overdue") + ")" : ""));
            }

            heading(l.getString("evidence.sheet.outcomes"));
            if (figures.outcomes().isEmpty()) {
                paragraph(regular, 9, l.getString("evidence.none"));
            }
            for (EvidenceReport.OutcomeLine o : figures.outcomes()) {
                paragraph(bold, 9, o.day() + " \u00b7 " + o.result());
                y -= 4;
            }

            heading(l.getString("evidence.sheet.stories"));
            paragraph(regular, 8, l.getString("evidence.storiesRule"));
            if (figures.stories().isEmpty()) {
                paragraph(regular, 9, l.getString("evidence.none"));
            }
            for (EvidenceReport.StoryLine story : figures.stories()) {
                y -= 4;
                paragraph(bold, 9, story.shownAs() + " \u00b7 " + l.getString("evidence.vettedOn") + " " + story.vettedOn());
                for (String part : story.text().split("\\R+")) {
                    paragraph(regular, 9, part);
                }
            }

            heading(l.getString("evidence.sheet.authorities"));
            if (figures.officials().isEmpty()) {
                paragraph(regular, 9, l.getString("evidence.none"));
            }
            for (AuthorityView a : figures.officials()) {
                paragraph(regular, 9, Labels.of(a.office(), locale) + (a.title() == null ? "" : " (" + a.title() + ")") + ": "
                        + (a.holderName() == null ? "" : a.holderName())
                        + (a.selection() == null ? "" : " \u00b7 " + Labels.of(a.selection(), locale))
                        + (a.nextElection() == null ? "" : " \u00b7 " + l.getString("evidence.nextElection") + " " + a.nextElection()));
            }
            out.close();
            out = null;
            doc.save(target);
            return pages;
        } finally {
            if (out != null) {
                out.close();
            }
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(SIZE);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        pages++;
        y = SIZE.getHeight() - MARGIN;
        out.setNonStrokingColor(0.4f, 0.4f, 0.4f);
        String foot = footer + " \u00b7 " + l.getString("evidence.page") + " " + pages;
        drawText(regular, 8, fit(regular, 8, foot, WIDTH), MARGIN, MARGIN / 2);
        out.setNonStrokingColor(INK[0], INK[1], INK[2]);
    }

    private void room(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void heading(String words) throws IOException {
        room(40);
        y -= 10;
        text(bold, 12, words, MARGIN);
        out.setStrokingColor(RULE[0], RULE[1], RULE[2]);
        out.moveTo(MARGIN, y - 4);
        out.lineTo(MARGIN + WIDTH, y - 4);
        out.stroke();
        y -= 8;
    }

    /** A line of the summary: what on the left, wrapped; the figure on the right. */
    private void pair(String what, String value) throws IOException {
        List<String> lines = wrap(regular, 9, what, WIDTH * 0.62f);
        List<String> values = wrap(bold, 9, value, WIDTH * 0.36f);
        room(Math.max(lines.size(), values.size()) * 12f);
        float top = y;
        for (String line : lines) {
            text(regular, 9, line, MARGIN);
        }
        float after = y;
        y = top;
        for (String line : values) {
            text(bold, 9, line, MARGIN + WIDTH * 0.64f);
        }
        y = Math.min(y, after) - 2;
    }

    private void paragraph(PDFont font, float size, String words) throws IOException {
        for (String line : wrap(font, size, words, WIDTH)) {
            room(size + 4);
            text(font, size, line, MARGIN);
        }
    }

    private void text(PDFont font, float size, String words, float x) throws IOException {
        y -= size + 3;
        drawText(font, size, words, x, y);
    }

    private void drawText(PDFont font, float size, String words, float x, float atY) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, atY);
        out.showText(writable(font, words));
        out.endText();
    }

    /**
     * ICE documents per month as vertical bars; a month of 1 to 4 is a hollow bar at the threshold, marked "<5", and a
     * month whose total is only a least value carries a "+".
     */
    private void monthChart(List<EvidenceReport.Bar> bars) throws IOException {
        if (bars.isEmpty()) {
            paragraph(regular, 9, l.getString("evidence.none"));
            return;
        }
        float height = 120;
        room(height + 40);
        long max = Math.max(SmallCounts.THRESHOLD, bars.stream().mapToLong(b -> b.count().value()).max().orElse(1));
        float base = y - height - 8;
        float axis = 24;
        float left = MARGIN + axis;
        float slot = (WIDTH - axis) / bars.size();
        float barWidth = Math.max(1.5f, slot * 0.7f);
        boolean labelled = bars.size() <= 24;
        int every = Math.max(1, (int) Math.ceil(bars.size() / 12.0));
        drawText(regular, 7, String.valueOf(max), MARGIN, base + height - 7);
        drawText(regular, 7, "0", MARGIN, base);
        out.setStrokingColor(RULE[0], RULE[1], RULE[2]);
        out.moveTo(left, base + height);
        out.lineTo(left - 3, base + height);
        out.moveTo(left, base);
        out.lineTo(MARGIN + WIDTH, base);
        out.stroke();
        for (int i = 0; i < bars.size(); i++) {
            EvidenceReport.Bar bar = bars.get(i);
            float x = left + i * slot + (slot - barWidth) / 2;
            float h = height * bar.count().value() / max;
            if (bar.count().kind() == SmallCounts.Shown.Kind.FEWER_THAN) {
                out.setStrokingColor(BAR[0], BAR[1], BAR[2]);
                out.addRect(x, base, barWidth, h);
                out.stroke();
            } else {
                out.setNonStrokingColor(BAR[0], BAR[1], BAR[2]);
                out.addRect(x, base, barWidth, h);
                out.fill();
                out.setNonStrokingColor(INK[0], INK[1], INK[2]);
            }
            if (labelled) {
                drawText(regular, 6, short_(bar.count()), x, base + h + 2);
            }
            if (i % every == 0) {
                drawText(regular, 6, bar.label(), left + i * slot, base - 9);
            }
        }
        y = base - 14;
        paragraph(regular, 7, l.getString("evidence.chart.legend"));
    }

    /** Horizontal bars with their words on the left and the count as the report may show it on the right. */
    private void barList(List<EvidenceReport.Bar> bars) throws IOException {
        if (bars.isEmpty()) {
            paragraph(regular, 9, l.getString("evidence.none"));
            return;
        }
        long max = Math.max(SmallCounts.THRESHOLD, bars.stream().mapToLong(b -> b.count().value()).max().orElse(1));
        float labelWidth = WIDTH * 0.42f;
        float barSpace = WIDTH * 0.4f;
        for (EvidenceReport.Bar bar : bars) {
            room(14);
            y -= 12;
            drawText(regular, 8, fit(regular, 8, bar.label(), labelWidth - 6), MARGIN, y);
            float w = barSpace * bar.count().value() / max;
            out.setNonStrokingColor(BAR[0], BAR[1], BAR[2]);
            out.setStrokingColor(BAR[0], BAR[1], BAR[2]);
            out.addRect(MARGIN + labelWidth, y - 1, w, 8);
            if (bar.count().kind() == SmallCounts.Shown.Kind.FEWER_THAN) {
                out.stroke();
            } else {
                out.fill();
            }
            out.setNonStrokingColor(INK[0], INK[1], INK[2]);
            drawText(regular, 8, String.valueOf(bar.count().cell(l.getString("evidence.fewerThan"), l.getString("evidence.atLeast"))),
                    MARGIN + labelWidth + w + 4, y);
        }
        y -= 4;
    }

    private static String short_(SmallCounts.Shown count) {
        return switch (count.kind()) {
            case EXACT -> String.valueOf(count.value());
            case FEWER_THAN -> "<" + count.value();
            case AT_LEAST -> count.value() + "+";
        };
    }

    private List<String> wrap(PDFont font, float size, String words, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String whole : writable(font, words == null ? "" : words).split(" ")) {
            String word = whole;
            // A word longer than the line (a web address) is cut where the line ends.
            while (width(font, size, word) > width && word.length() > 1) {
                int cut = word.length() - 1;
                while (cut > 1 && width(font, size, word.substring(0, cut)) > width) {
                    cut--;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder();
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            String tried = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(font, size, tried) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The words cut to the width, with an ellipsis when cut. */
    private String fit(PDFont font, float size, String words, float width) throws IOException {
        String w = writable(font, words);
        if (width(font, size, w) <= width) {
            return w;
        }
        while (!w.isEmpty() && width(font, size, w + "...") > width) {
            w = w.substring(0, w.length() - 1);
        }
        return w + "...";
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with every character the font cannot write as "?", and no line breaks. */
    private static String writable(PDFont font, String text) {
        StringBuilder ok = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = Character.isWhitespace(cp) ? " " : new String(Character.toChars(cp));
            try {
                font.encode(c);
                ok.append(c);
            } catch (IOException | IllegalArgumentException e) {
                ok.append('?');
            }
        });
        return ok.toString();
    }
}
