package org.amparo.security.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * How often someone may try to sign in, remembered in memory (per server) and judged before any password is checked.
 * <ul>
 *     <li><b>Per account</b> (per username typed, whether an account has it or not, so that the answer says nothing about
 *     which usernames exist): the first {@link Limits#freeFailures()} wrong passwords cost nothing; after that each
 *     further one makes the next attempt wait {@link Limits#firstDelay()}, doubling up to {@link Limits#maxDelay()}
 *     (a minute by default). It is never a lock-out: the wait is short and ends by itself, and a successful sign-in
 *     forgets the failures.</li>
 *     <li><b>Per address</b>: at most {@link Limits#addressFailures()} failed sign-ins from one network address within
 *     {@link Limits#addressWindow()}; then that address waits until the oldest of them leaves the window. This is what
 *     stops one client from trying many usernames, or keeping one user waiting.</li>
 * </ul>
 * Thread-safe. Memory is bounded: entries with nothing left to remember are dropped, and if an attacker floods it with
 * more usernames or addresses than {@link #MAX_ENTRIES}, the oldest entries are forgotten.
 */
public final class SignInThrottle {

    static final int MAX_ENTRIES = 50_000;
    /** A username's failures are forgotten an hour after the last one, as after a success. */
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    /**
     * The limits, each a system property of the server (for example {@code -Damparo.signin.address.failures=500}).
     *
     * @param freeFailures    wrong passwords for one username before any wait ({@code amparo.signin.account.freeFailures}, 3)
     * @param firstDelay      the first wait after them ({@code amparo.signin.account.firstDelaySeconds}, 1)
     * @param maxDelay        the longest wait ({@code amparo.signin.account.maxDelaySeconds}, 60)
     * @param addressFailures failed sign-ins allowed from one address within the window ({@code amparo.signin.address.failures}, 100)
     * @param addressWindow   the window ({@code amparo.signin.address.windowSeconds}, 600)
     */
    public record Limits(int freeFailures, Duration firstDelay, Duration maxDelay, int addressFailures, Duration addressWindow) {

        public static final Limits DEFAULT = new Limits(3, Duration.ofSeconds(1), Duration.ofSeconds(60), 100, Duration.ofMinutes(10));

        public Limits {
            if (freeFailures < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || addressFailures < 1
                    || addressWindow.isNegative() || addressWindow.isZero()) {
                throw new IllegalArgumentException("Sign-in limits out of range");
            }
        }

        /** The limits from the server's system properties, each defaulting to {@link #DEFAULT}'s. */
        public static Limits fromSystemProperties() {
            return new Limits(
                    intProperty("amparo.signin.account.freeFailures", DEFAULT.freeFailures),
                    Duration.ofSeconds(intProperty("amparo.signin.account.firstDelaySeconds", (int) DEFAULT.firstDelay.toSeconds())),
                    Duration.ofSeconds(intProperty("amparo.signin.account.maxDelaySeconds", (int) DEFAULT.maxDelay.toSeconds())),
                    intProperty("amparo.signin.address.failures", DEFAULT.addressFailures),
                    Duration.ofSeconds(intProperty("amparo.signin.address.windowSeconds", (int) DEFAULT.addressWindow.toSeconds())));
        }

        private static int intProperty(String name, int fallback) {
            try {
                return Integer.parseInt(System.getProperty(name, String.valueOf(fallback)).trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }

    /** Whether an attempt may go on to have its password checked, and if not, in how many seconds it may. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
        static final Decision ALLOWED = new Decision(true, 0);

        static Decision waitFor(Duration wait) {
            return new Decision(false, Math.max(1, (wait.toMillis() + 999) / 1000));
        }
    }

    private static final class AccountFailures {
        int failures;
        Instant last;
    }

    private final Limits limits;
    private final Map<String, AccountFailures> accounts = new HashMap<>();
    private final Map<String, Deque<Instant>> addresses = new HashMap<>();

    public SignInThrottle(Limits limits) {
        this.limits = limits;
    }

    public Limits limits() {
        return limits;
    }

    /** Whether this username may try now from this address. Changes nothing. */
    public synchronized Decision check(String username, String address, Instant now) {
        Deque<Instant> recent = addresses.get(address);
        if (recent != null) {
            prune(recent, now);
            if (recent.size() >= limits.addressFailures()) {
                return Decision.waitFor(Duration.between(now, recent.peekFirst().plus(limits.addressWindow())));
            }
        }
        AccountFailures account = accounts.get(key(username));
        if (account != null) {
            Instant until = account.last.plus(delayAfter(account.failures));
            if (now.isBefore(until)) {
                return Decision.waitFor(Duration.between(now, until));
            }
        }
        return Decision.ALLOWED;
    }

    /** A wrong password, an unknown or a disabled username: counts against both the username and the address. */
    public synchronized void failed(String username, String address, Instant now) {
        if (accounts.size() >= MAX_ENTRIES || addresses.size() >= MAX_ENTRIES) {
            forgetStale(now);
        }
        AccountFailures account = accounts.computeIfAbsent(key(username), k -> new AccountFailures());
        if (account.last != null && account.last.plus(FORGET_AFTER).isBefore(now)) {
            account.failures = 0;
        }
        account.failures++;
        account.last = now;
        Deque<Instant> recent = addresses.computeIfAbsent(address, a -> new ArrayDeque<>());
        prune(recent, now);
        recent.addLast(now);
    }

    /** A successful sign-in: the username's failures are forgotten (the address's stay counted in their window). */
    public synchronized void succeeded(String username) {
        accounts.remove(key(username));
    }

    /** How long a username waits after this many failures in a row. */
    Duration delayAfter(int failures) {
        int over = failures - limits.freeFailures();
        if (over <= 0) {
            return Duration.ZERO;
        }
        Duration delay = limits.firstDelay();
        for (int i = 1; i < over && delay.compareTo(limits.maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(limits.maxDelay()) > 0 ? limits.maxDelay() : delay;
    }

    synchronized int remembered() {
        return accounts.size() + addresses.size();
    }

    private void prune(Deque<Instant> recent, Instant now) {
        Instant from = now.minus(limits.addressWindow());
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(from)) {
            recent.removeFirst();
        }
    }

    /** Drops what no longer limits anyone; if that is not enough (a flood), forgets everything rather than grow. */
    private void forgetStale(Instant now) {
        Duration keep = limits.maxDelay().compareTo(limits.addressWindow()) > 0 ? limits.maxDelay() : limits.addressWindow();
        for (Iterator<AccountFailures> it = accounts.values().iterator(); it.hasNext(); ) {
            if (it.next().last.plus(keep).isBefore(now)) {
                it.remove();
            }
        }
        for (Iterator<Deque<Instant>> it = addresses.values().iterator(); it.hasNext(); ) {
            Deque<Instant> recent = it.next();
            prune(recent, now);
            if (recent.isEmpty()) {
                it.remove();
            }
        }
        if (accounts.size() >= MAX_ENTRIES) {
            accounts.clear();
        }
        if (addresses.size() >= MAX_ENTRIES) {
            addresses.clear();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
