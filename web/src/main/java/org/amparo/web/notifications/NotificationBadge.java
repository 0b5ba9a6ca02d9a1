package org.amparo.web.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.notifications.application.MyNotifications;

/** The unread reminders' count beside the account's name in every page's header; read once per request. */
@Named
@RequestScoped
public class NotificationBadge {

    @Inject
    MyNotifications notifications;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = notifications.unreadCount();
        }
        return count;
    }
}
