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
    private Boolean shown;

    /** Whether the request is signed in with a person's role (the error page may render for anyone). */
    public boolean isShown() {
        if (shown == null) {
            var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
            shown = external.getRemoteUser() != null && org.amparo.security.domain.Roles.ALL.stream().anyMatch(external::isUserInRole);
        }
        return shown;
    }

    public long getCount() {
        if (count == null) {
            count = isShown() ? notifications.unreadCount() : 0L;
        }
        return count;
    }
}
