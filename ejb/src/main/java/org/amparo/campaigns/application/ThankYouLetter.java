package org.amparo.campaigns.application;

import org.amparo.campaigns.domain.MeetingPromise;
import org.amparo.monitoring.domain.Authority;
import org.amparo.shared.domain.Labels;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The thank-you letter the toolkit asks for after a meeting with law enforcement ("Send a thank you letter... Restate
 * any follow up steps and establish a date for any follow up steps"), as a Word document the organisers edit before
 * sending: the date, the authority met, thanks for the meeting, each promise with its due day, the asks the campaign
 * has raised, and the next meeting. It names no attendee and leaves the signature for the organisers to write.
 */
final class ThankYouLetter {

    /** What the letter is made from. {@code met} is null when no authority of the jurisdiction was recorded. */
    record Content(String jurisdiction, Authority.Details met, LocalDate heldOn, String place, List<MeetingPromise> promises,
                   List<String> asks, LocalDate nextMeetingOn, LocalDate today) {
    }

    private ThankYouLetter() {
    }

    static void write(Content c, Locale locale, OutputStream out) throws IOException {
        ResourceBundle w = ResourceBundle.getBundle("org.amparo.i18n.exports", locale);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle(w.getString("letter.title"));
            line(doc, day.format(c.today()), false);
            line(doc, "", false);
            if (c.met() != null) {
                String office = Labels.of(c.met().office(), locale)
                        + (c.met().title() == null ? "" : ", " + c.met().title());
                if (c.met().holderName() != null) {
                    line(doc, c.met().holderName(), false);
                }
                line(doc, office, false);
                if (c.met().address() != null) {
                    line(doc, c.met().address(), false);
                }
            }
            line(doc, c.jurisdiction(), false);
            line(doc, "", false);
            line(doc, c.met() != null && c.met().holderName() != null
                    ? MessageFormat.format(w.getString("letter.dear"), c.met().holderName())
                    : w.getString("letter.dearAll"), false);
            line(doc, MessageFormat.format(w.getString(c.place() == null ? "letter.thanks" : "letter.thanksAt"),
                    day.format(c.heldOn()), c.place()), false);
            if (!c.promises().isEmpty()) {
                line(doc, w.getString("letter.promises"), false);
                for (MeetingPromise p : c.promises()) {
                    String what = Labels.of(p.getKind(), locale) + (p.getWhat() == null ? "" : ": " + p.getWhat());
                    bullet(doc, MessageFormat.format(w.getString("letter.promise"), what, day.format(p.getDueOn())));
                }
            }
            if (!c.asks().isEmpty()) {
                line(doc, w.getString("letter.asks"), false);
                c.asks().forEach(a -> bullet(doc, a));
            }
            line(doc, MessageFormat.format(w.getString("letter.next"), day.format(c.nextMeetingOn())), false);
            line(doc, w.getString("letter.close"), false);
            line(doc, "", false);
            line(doc, w.getString("letter.sincerely"), false);
            line(doc, w.getString("letter.signature"), true);
            doc.write(out);
        }
    }

    private static void line(XWPFDocument doc, String text, boolean italic) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(120);
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setItalic(italic);
    }

    private static void bullet(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationLeft(360);
        p.setSpacingAfter(60);
        p.createRun().setText("• " + text);
    }
}
