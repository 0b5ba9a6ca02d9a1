package org.amparo.platform;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Failures as the log may keep them: what went wrong and where, never an exception's message. A message may quote the
 * data it failed on: a database's refusal quotes the value it refused ({@code Value too long for column "BAIL_AMOUNT":
 * "1000000..."}, a duplicate key's value), a parser the text it could not read. The people in these files can be
 * deported if their data leaks, and logs are read and shipped more widely than the database.
 */
public final class LogSafe {

    private LogSafe() {
    }

    /**
     * The chain of exception classes and where the innermost was thrown in Amparo's code, on one line: for a warning
     * that needs no stack trace.
     */
    public static String causes(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        Throwable root = failure;
        for (Throwable t : chain(failure)) {
            if (chain.length() >= 400) {
                break;
            }
            chain.append(chain.isEmpty() ? "" : " < ").append(t.getClass().getSimpleName()).append(sqlState(t));
            root = t;
        }
        for (StackTraceElement frame : root.getStackTrace()) {
            if (frame.getClassName().startsWith("org.amparo.")) {
                chain.append(" at ").append(frame.getClassName()).append('.').append(frame.getMethodName()).append(':')
                        .append(frame.getLineNumber());
                break;
            }
        }
        return chain.toString();
    }

    /**
     * A copy of the failure for a log record with its stack trace: every exception of its chain with its class and its
     * stack frames (and a database's SQLState, which names the kind of refusal), none with its message.
     */
    public static Throwable withoutMessages(Throwable failure) {
        List<Throwable> chain = chain(failure);
        Throwable copy = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Throwable original = chain.get(i);
            copy = new Withheld(original.getClass().getName() + sqlState(original) + " [message withheld]", copy);
            copy.setStackTrace(original.getStackTrace());
        }
        return copy;
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && chain.size() < 30 && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static String sqlState(Throwable t) {
        return t instanceof SQLException sql && sql.getSQLState() != null ? " (SQLState " + sql.getSQLState() + ")" : "";
    }

    /** One exception of a copied chain: it reads as the original's class in a stack trace. */
    static final class Withheld extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Withheld(String label, Throwable cause) {
            super(label, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
