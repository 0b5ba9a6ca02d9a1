package org.amparo.notifications.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.amparo.notifications.application.ReminderTexts;

import java.util.Date;

/**
 * Sends a reminder through the server's mail session ({@code java:jboss/mail/Default}, whose SMTP relay is set per
 * installation: {@code amparo.smtp.host} and {@code amparo.smtp.port}). The sender is {@code amparo.mail.from}.
 */
@ApplicationScoped
public class ReminderMail {

    @Resource(lookup = "java:jboss/mail/Default")
    Session session;

    public ReminderMail() {
    }

    /** Over a session the caller made (tests, tools without a container). */
    public ReminderMail(Session session) {
        this.session = session;
    }

    /** How long an email waits on the mail server at most, to connect, to be answered, to write. */
    public static final int TIMEOUT_MS = 10_000;

    public void send(String to, ReminderTexts.Text text) throws MessagingException {
        limitWaiting(session.getProperties());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from()));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(text.subject(), "UTF-8");
        message.setText(text.body(), "UTF-8");
        message.setSentDate(new Date());
        // Mail clients must not fetch anything or guess: plain text, no tracking, no HTML.
        message.setHeader("Auto-Submitted", "auto-generated");
        Transport.send(message);
    }

    /** The server's session waits forever by default: a hung relay must not hold the mailer's timer. */
    private static void limitWaiting(java.util.Properties properties) {
        for (String key : new String[]{"mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout"}) {
            properties.putIfAbsent(key, String.valueOf(TIMEOUT_MS));
        }
    }

    private static String from() {
        String from = System.getProperty("amparo.mail.from", System.getenv("AMPARO_MAIL_FROM"));
        return from == null || from.isBlank() ? "amparo@localhost" : from;
    }

    /** The link to a case file in a reminder: it asks for a sign-in and the right to see the case. */
    public static String caseLink(long caseId) {
        return baseUrl() + "/cases/file.xhtml?id=" + caseId;
    }

    /**
     * A calendar feed's address, from the installation's own address ({@code amparo.base.url}), never from the request
     * that asked for it: a proxy's plain-HTTP hop or a forged Host header must not shape where the secret is sent.
     */
    public static String feedLink(String secret) {
        return baseUrl() + "/api/feeds/" + secret + ".ics";
    }

    /** The link to one's task inbox. */
    public static String inboxLink() {
        return baseUrl() + "/tasks/inbox.xhtml";
    }

    /** Where links in reminders lead: {@code amparo.base.url}, default the local server. */
    public static String baseUrl() {
        String base = System.getProperty("amparo.base.url", System.getenv("AMPARO_BASE_URL"));
        base = base == null || base.isBlank() ? "http://localhost:8080/amparo" : base.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
