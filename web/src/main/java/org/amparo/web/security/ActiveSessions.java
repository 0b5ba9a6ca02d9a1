package org.amparo.web.security;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signed-in sessions of this server, for an administrator to list and end. WildFly keeps Amparo's sessions in
 * memory on the one server (the web module is not distributable), so this listener sees every one of them and can
 * invalidate any: ending a session removes the identity Elytron cached in it, and the next request must sign in.
 * <p>
 * A session is listed once a sign-in marks it ({@link #mark}): pages through the sign-in form, and the API's Basic
 * sign-ins, whose sessions the server makes for each call a client sends without the cookie. Sessions are named by a
 * random handle, never by their id, which is as good as the password while the session lasts.
 */
@WebListener
public class ActiveSessions implements HttpSessionListener, HttpSessionIdListener {

    static final String USERNAME = "amparo.signedInAs";
    static final String HANDLE = "amparo.sessionHandle";
    static final String SINCE = "amparo.signedInAt";
    static final String VIA = "amparo.signedInVia";

    private static final Map<String, HttpSession> SESSIONS = new ConcurrentHashMap<>();

    /** A signed-in session as an administrator sees it. */
    public record SessionInfo(String handle, String username, String via, Instant signedInAt, Instant lastAccessedAt)
            implements Serializable {
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        SESSIONS.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        SESSIONS.remove(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        SESSIONS.remove(oldSessionId);
        SESSIONS.put(event.getSession().getId(), event.getSession());
    }

    /** Marks a session as signed in by the user, so that it is listed and can be ended. */
    static void mark(HttpSession session, String username, String via) {
        session.setAttribute(USERNAME, username);
        session.setAttribute(HANDLE, UUID.randomUUID().toString());
        session.setAttribute(SINCE, Instant.now());
        session.setAttribute(VIA, via);
        SESSIONS.put(session.getId(), session);
    }

    /** Every signed-in session, the most recently used first. */
    public static List<SessionInfo> list() {
        List<SessionInfo> all = new ArrayList<>();
        for (HttpSession session : SESSIONS.values()) {
            info(session).ifPresent(all::add);
        }
        all.sort(Comparator.comparing(SessionInfo::lastAccessedAt).reversed());
        return all;
    }

    /** Ends the session with this handle; the username it was signed in as, if there was one. */
    public static Optional<String> end(String handle) {
        for (HttpSession session : SESSIONS.values()) {
            Optional<SessionInfo> info = info(session);
            if (info.isPresent() && info.get().handle().equals(handle)) {
                invalidate(session);
                return Optional.of(info.get().username());
            }
        }
        return Optional.empty();
    }

    /** Ends every session of the user (their account was disabled, reset or given other roles); how many. */
    public static int endAllOf(String username) {
        int ended = 0;
        for (HttpSession session : SESSIONS.values()) {
            Optional<SessionInfo> info = info(session);
            if (info.isPresent() && info.get().username().equals(username)) {
                invalidate(session);
                ended++;
            }
        }
        return ended;
    }

    /** The user chose their own password: none of their sessions is held on the password page any more. */
    public static void passwordChosen(String username) {
        for (HttpSession session : SESSIONS.values()) {
            Optional<SessionInfo> info = info(session);
            if (info.isPresent() && info.get().username().equals(username)) {
                try {
                    session.removeAttribute(SignInGate.MUST_CHANGE_PASSWORD);
                } catch (IllegalStateException e) {
                    // ended meanwhile
                }
            }
        }
    }

    private static Optional<SessionInfo> info(HttpSession session) {
        try {
            Object username = session.getAttribute(USERNAME);
            if (username == null) {
                return Optional.empty();
            }
            return Optional.of(new SessionInfo((String) session.getAttribute(HANDLE), (String) username,
                    (String) session.getAttribute(VIA), (Instant) session.getAttribute(SINCE),
                    Instant.ofEpochMilli(session.getLastAccessedTime())));
        } catch (IllegalStateException e) {
            SESSIONS.values().remove(session); // invalidated meanwhile
            return Optional.empty();
        }
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException e) {
            // already ended
        }
        SESSIONS.values().remove(session);
    }
}
