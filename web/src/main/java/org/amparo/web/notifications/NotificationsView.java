package org.amparo.web.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.notifications.application.MyNotifications;
import org.amparo.notifications.application.NotificationView;
import org.amparo.notifications.application.SettingsCommand;
import org.amparo.notifications.application.SettingsView;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Messages;
import org.amparo.web.session.UserSession;

import java.util.List;

/**
 * The page "Notifications": one's reminders (newest first, marked read when the page is left with "Mark all read"),
 * the email address and which optional reminders come by email, being on call (supervisors), and the calendar feed.
 * The page only shows and forwards: the rules are {@link MyNotifications}'.
 */
@Named
@RequestScoped
public class NotificationsView {

    @Inject
    MyNotifications notifications;

    @Inject
    UserSession userSession;

    private List<NotificationView> items;
    private SettingsView settings;
    private String email;
    private boolean courtDatesByEmail;
    private boolean taskDigestByEmail;
    private boolean onCall;
    /** The feed address just made: shown on this answer only. */
    private String feedUrl;

    public List<NotificationView> getItems() {
        if (items == null) {
            items = notifications.mine(userSession.getLocale());
        }
        return items;
    }

    public SettingsView getSettings() {
        if (settings == null) {
            settings = notifications.settings();
            email = settings.email();
            courtDatesByEmail = settings.courtDatesByEmail();
            taskDigestByEmail = settings.taskDigestByEmail();
            onCall = settings.onCall();
        }
        return settings;
    }

    /** Loads the choices into the form before it renders (a view action). */
    public void load() {
        getSettings();
    }

    public void save() {
        try {
            settings = notifications.save(new SettingsCommand(email, courtDatesByEmail, taskDigestByEmail,
                    getSettingsForRole() ? onCall : null));
            Messages.info("notifications.saved");
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("settings", invalid);
        }
    }

    private boolean getSettingsForRole() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("supervisor");
    }

    public void markAllRead() {
        notifications.markAllRead();
        items = null;
        Messages.info("notifications.allRead");
    }

    public void newFeed() {
        feedUrl = org.amparo.notifications.infrastructure.ReminderMail.feedLink(notifications.newFeed());
        settings = null;
        Messages.info("notifications.feedCreated");
    }

    public void removeFeed() {
        notifications.removeFeed();
        settings = null;
        Messages.info("notifications.feedRemoved");
    }

    public String getEmail() { getSettings(); return email; }
    public void setEmail(String v) { email = v; }
    public boolean isCourtDatesByEmail() { getSettings(); return courtDatesByEmail; }
    public void setCourtDatesByEmail(boolean v) { courtDatesByEmail = v; }
    public boolean isTaskDigestByEmail() { getSettings(); return taskDigestByEmail; }
    public void setTaskDigestByEmail(boolean v) { taskDigestByEmail = v; }
    public boolean isOnCall() { getSettings(); return onCall; }
    public void setOnCall(boolean v) { onCall = v; }
    public String getFeedUrl() { return feedUrl; }
}
