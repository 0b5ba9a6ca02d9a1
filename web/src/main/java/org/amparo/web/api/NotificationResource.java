package org.amparo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.amparo.notifications.application.MyNotifications;
import org.amparo.notifications.application.NotificationView;
import org.amparo.notifications.application.SettingsCommand;
import org.amparo.notifications.application.SettingsView;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The caller's own reminders ({@code v1/me/notifications}), their choices ({@code v1/me/notification-settings}) and
 * their calendar feed ({@code v1/me/calendar-feed}: {@code POST} makes a new address, answered once; {@code DELETE}
 * ends it). Texts come in the language the client asks for ({@code Accept-Language}), else English.
 */
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    MyNotifications notifications;

    @GET
    @Path("notifications")
    @Consumes(MediaType.WILDCARD)
    public Map<String, Object> list(@Context HttpHeaders headers) {
        List<NotificationView> items = notifications.mine(language(headers));
        return Map.of("unread", notifications.unreadCount(), "items", items);
    }

    @POST
    @Path("notifications/read")
    @Consumes(MediaType.WILDCARD)
    public Map<String, Object> markAllRead() {
        return Map.of("marked", notifications.markAllRead());
    }

    @GET
    @Path("notification-settings")
    @Consumes(MediaType.WILDCARD)
    public SettingsView settings() {
        return notifications.settings();
    }

    @PUT
    @Path("notification-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public SettingsView save(SettingsCommand command) {
        return notifications.save(command);
    }

    @POST
    @Path("calendar-feed")
    @Consumes(MediaType.WILDCARD)
    public Map<String, Object> newFeed() {
        return Map.of("url", org.amparo.notifications.infrastructure.ReminderMail.feedLink(notifications.newFeed()));
    }

    @DELETE
    @Path("calendar-feed")
    @Consumes(MediaType.WILDCARD)
    public void removeFeed() {
        notifications.removeFeed();
    }

    private static Locale language(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .filter(l -> "es".equals(l.getLanguage()) || "en".equals(l.getLanguage()))
                .findFirst().map(l -> "es".equals(l.getLanguage()) ? Locale.forLanguageTag("es") : Locale.US).orElse(Locale.US);
    }
}
