package org.amparo.platform;

/** Facts about this installation that are read from its start-up settings. */
public final class Installation {

    private Installation() {
    }

    /**
     * Whether this is a demo installation ({@code amparo.demo=true} or {@code AMPARO_DEMO=true}): demo data, and demo
     * accounts with the README's documented password.
     */
    public static boolean demo() {
        String flag = System.getProperty("amparo.demo", System.getenv("AMPARO_DEMO"));
        return Boolean.parseBoolean(flag);
    }

    /**
     * How many synthetic cases a demo installation's empty database gets ({@code amparo.demo.cases}, 300 by default; 0
     * for the demo's accounts and reference data alone, as the two-server test's servers start).
     */
    public static int demoCases() {
        return Math.max(0, Integer.getInteger("amparo.demo.cases", 300));
    }

    /**
     * How many threads write a demo installation's cases ({@code amparo.demo.writers}, 2 by default, 1 to 8): while
     * one waits on the database, another works (README, Benchmarks, session 44).
     */
    public static int demoWriters() {
        return Math.max(1, Math.min(8, Integer.getInteger("amparo.demo.writers", 2)));
    }

    /**
     * The bcrypt cost of the demo accounts' hashes, when {@code amparo.demo.passwordCost} lowers it (4 at the least) below
     * the cost every other account has; empty by default (the demo accounts are hashed as any other). Their password is
     * printed in the README, so a cheaper hash gives nothing away; the test server sets it so that its thousands of
     * HTTP Basic calls do not each spend a full bcrypt check, and the run command's demo server so that its first start
     * does not spend a second on them. The benchmarks keep the real cost.
     */
    public static java.util.OptionalInt demoPasswordCost() {
        Integer cost = Integer.getInteger("amparo.demo.passwordCost");
        return cost == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(Math.max(4, cost));
    }

    /**
     * How often the reminder timers run ({@code amparo.reminders.everySeconds}): every minute by default. A shorter period
     * must divide a minute and be 5 seconds at the least (5, 6, 10, 12, 15, 20, 30); anything else is a minute. The test
     * server runs them every 10 seconds, so that its reminder suite waits seconds, not minutes, for the real timers.
     */
    public static java.time.Duration reminderPeriod() {
        int seconds = Integer.getInteger("amparo.reminders.everySeconds", 60);
        return java.time.Duration.ofSeconds(seconds >= 5 && seconds <= 60 && 60 % seconds == 0 ? seconds : 60);
    }

    /**
     * How many rows an export reads and writes at a time ({@code amparo.export.batchRows}, 1,000 by default, at least 10):
     * the heap holds a few batches whatever the export's size (two waiting between the threads, one being written, one
     * being read). The test server writes batches of 50, so that its
     * exports of a few hundred demo cases cross several batches as a large export does.
     */
    public static int exportBatchRows() {
        return Math.max(10, Integer.getInteger("amparo.export.batchRows", 1000));
    }

    /**
     * From how many cases on ({@code amparo.dashboard.countsFrom}, 50,000 by default) the dashboard reads the whole months of
     * its figures over time from the counts kept per month instead of counting them from the cases at each view. Below
     * it, counting from the cases takes a few milliseconds and is always exact.
     */
    public static long dashboardCountsFrom() {
        return Math.max(0, Long.getLong("amparo.dashboard.countsFrom", 50_000));
    }

    /**
     * How often the counts kept per month are recounted from the cases ({@code amparo.dashboard.recountMinutes}, every 5
     * minutes by default, 1 to 60).
     */
    public static java.time.Duration dashboardRecountPeriod() {
        int minutes = Integer.getInteger("amparo.dashboard.recountMinutes", 5);
        return java.time.Duration.ofMinutes(Math.min(60, Math.max(1, minutes)));
    }
}
