package org.amparo.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.amparo.notifications.application.ReminderTexts;
import org.amparo.notifications.domain.NotificationKind;
import org.amparo.notifications.infrastructure.ReminderMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminder emails through a real SMTP server (GreenMail on a free port), at a chosen moment: each in its recipient's
 * language, the time local to the facility with its zone's name, the case's pseudonym and a link, nothing else.
 */
class ReminderMailTest {

    /** A hold expiring at 03:15 UTC on 1 December, read in Chicago: 9:15 PM on 30 November, Central Standard Time. */
    private static final Instant EXPIRY = Instant.parse("2026-12-01T03:15:00Z");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private GreenMail smtp;
    private ReminderMail mail;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(smtp.getSmtp().getPort()));
        mail = new ReminderMail(Session.getInstance(props));
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aHoldAlertReachesTheCaseworkerInEnglishWithTheFacilitysLocalTime() throws Exception {
        ReminderTexts texts = new ReminderTexts(ReminderTexts.localeOf("en"));
        mail.send("ana@example.org", texts.of(NotificationKind.HOLD_EXPIRING, EXPIRY, CHICAGO, "C-7K3QZ2M9XA",
                "https://amparo.example.org/amparo/cases/file.xhtml?id=42", 0));

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage m = smtp.getReceivedMessages()[0];
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo("ana@example.org");
        assertThat(m.getSubject()).isEqualTo("Amparo: an ICE hold expires on Monday, November 30, 2026 at 9:15 PM (Central Standard Time)");
        String body = m.getContent().toString();
        assertThat(body).contains("The ICE hold in case C-7K3QZ2M9XA expires", "cases/file.xhtml?id=42",
                "Hold alerts cannot be switched off", "case's caseworker");
    }

    @Test
    void aCourtDateReminderReachesASpanishSpeakingAttorneyInSpanish() throws Exception {
        ReminderTexts texts = new ReminderTexts(ReminderTexts.localeOf("es"));
        Instant hearing = Instant.parse("2026-12-02T15:30:00Z");
        mail.send("luis@example.org", texts.of(NotificationKind.COURT_DATE, hearing, CHICAGO, "C-ABCDEFGHJK",
                "https://amparo.example.org/amparo/cases/file.xhtml?id=7", 0));

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage m = smtp.getReceivedMessages()[0];
        assertThat(m.getSubject()).startsWith("Amparo: audiencia en el tribunal el mi\u00e9rcoles 2 de diciembre de 2026, a las 09:30");
        assertThat(m.getSubject()).contains("(hora est\u00e1ndar central)");
        assertThat(m.getContent().toString()).contains("El caso C-ABCDEFGHJK tiene una audiencia en el tribunal el mi\u00e9rcoles",
                "Usted puede elegir qu\u00e9 recordatorios");
    }

    @Test
    void theDigestCountsTheTasksAndLinksToTheInbox() throws Exception {
        ReminderTexts texts = new ReminderTexts(Locale.US);
        mail.send("sup@example.org", texts.of(NotificationKind.OVERDUE_TASKS, EXPIRY, CHICAGO, null,
                "https://amparo.example.org/amparo/tasks/inbox.xhtml", 3));
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage m = smtp.getReceivedMessages()[0];
        assertThat(m.getSubject()).isEqualTo("Amparo: 3 overdue task(s)");
        assertThat(m.getContent().toString()).contains("You have 3 overdue task(s)", "tasks/inbox.xhtml");
    }
}
