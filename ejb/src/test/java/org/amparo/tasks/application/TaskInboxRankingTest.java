package org.amparo.tasks.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.SessionContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;

import org.amparo.process.CaseProcess;
import org.amparo.process.CaseStep;
import org.amparo.process.QueuedTask;
import org.amparo.tasks.infrastructure.TaskCaseQuery;
import org.junit.jupiter.api.Test;

/**
 * The inbox is ranked whole, however many tasks it holds: the most urgent task is listed first even when it is the
 * newest of 1,200, the filters reach every task (not only the first 500), the count is of all of them, and names are
 * read only for the tasks listed.
 */
class TaskInboxRankingTest {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final int TASKS = 1_200;

    final List<Collection<Long>> namesReadFor = new ArrayList<>();

    @Test
    void theMostUrgentOfEveryTaskComesFirstAndTheCountIsOfAll() {
        TaskInbox inbox = inbox();
        InboxPage page = inbox.page(null, null, TaskInbox.SHOWN);

        assertThat(page.total()).isEqualTo(TASKS);
        assertThat(page.items()).hasSize(TaskInbox.SHOWN);
        assertThat(page.cut()).isTrue();
        // The newest task's hold expires in an hour, the soonest of all: first, though the engine lists it last.
        assertThat(page.items().get(0).caseId()).isEqualTo(TASKS);
        assertThat(page.items().get(0).personName()).isEqualTo("Ana Caso" + TASKS);
        assertThat(page.items().get(0).candidateGroups()).containsExactly("caseworker");
        // Then the other running holds, soonest first, before any expired hold.
        List<InboxItem> items = page.items();
        for (int i = 1; i < items.size(); i++) {
            assertThat(items.get(i - 1).holdExpiresAt()).isBefore(items.get(i).holdExpiresAt());
        }
        assertThat(namesReadFor).hasSize(1);
        assertThat(namesReadFor.get(0)).as("names read for the tasks listed only").hasSize(TaskInbox.SHOWN);
    }

    @Test
    void aStepFilterReachesTasksBeyondTheFirstFiveHundred() {
        InboxPage referrals = inbox().page(CaseStep.ATTORNEY_REFERRAL, null, TaskInbox.SHOWN);
        // Every tenth task is a referral, spread over all 1,200 (the engine's first 500 hold only 50 of them).
        assertThat(referrals.total()).isEqualTo(TASKS / 10);
        assertThat(referrals.items()).hasSize(TASKS / 10).allMatch(i -> i.step() == CaseStep.ATTORNEY_REFERRAL);
        assertThat(referrals.items().stream().mapToLong(InboxItem::caseId).max().getAsLong()).isGreaterThan(1_000);
    }

    @Test
    void theUrgencyFilterCountsEveryExpiredHold() {
        InboxPage expired = inbox().page(null, InboxUrgency.HOLD_EXPIRED, 10);
        assertThat(expired.total()).isEqualTo(TASKS / 2);
        assertThat(expired.items()).hasSize(10);
        // Expired holds: the most recent first (a person held past yesterday's expiry before one from September).
        assertThat(expired.items().get(0).holdExpiresAt()).isAfter(expired.items().get(1).holdExpiresAt());
    }

    /**
     * 1,200 tasks, the engine's order (oldest first); case i's hold expires i hours from now for even i (running) and i
     * hours ago for odd i (expired), except the newest, whose hold expires in an hour; every tenth task is a referral.
     */
    private TaskInbox inbox() {
        List<QueuedTask> queue = new ArrayList<>();
        Map<String, Tuple> byProcess = new HashMap<>();
        for (int i = 1; i <= TASKS; i++) {
            CaseStep step = i % 10 == 0 ? CaseStep.ATTORNEY_REFERRAL : CaseStep.ICE_HOLD_CHECK;
            queue.add(new QueuedTask("p" + i, "t" + i, step, step.name(), null, NOW.minus(Duration.ofMinutes(TASKS - i)), null));
            Instant hold = i == TASKS ? NOW.plus(Duration.ofMinutes(30))
                    : i % 2 == 0 ? NOW.plus(Duration.ofHours(i)) : NOW.minus(Duration.ofHours(i));
            byProcess.put("p" + i, tuple("p" + i, (long) i, null, hold, null));
        }
        TaskInbox inbox = new TaskInbox();
        inbox.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        // No campaign tasks here (CampaignProcessTest and CampaignTasksIT have them).
        inbox.campaignProcess = (org.amparo.process.CampaignProcess) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{org.amparo.process.CampaignProcess.class}, (proxy, method, args) -> List.of());
        inbox.workflow = (CaseProcess) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{CaseProcess.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "queue" -> queue;
                    case "candidateGroups" -> {
                        Map<String, List<String>> groups = new HashMap<>();
                        for (Object id : (Collection<?>) args[0]) {
                            groups.put((String) id, List.of("caseworker"));
                        }
                        yield groups;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        inbox.caseQuery = new TaskCaseQuery() {
            @Override
            public Map<String, Tuple> byProcessInstance(Collection<String> processInstanceIds) {
                Map<String, Tuple> found = new HashMap<>();
                processInstanceIds.forEach(p -> found.put(p, byProcess.get(p)));
                return found;
            }

            @Override
            public Map<Long, Tuple> byId(Collection<Long> caseIds) {
                namesReadFor.add(List.copyOf(caseIds));
                Map<Long, Tuple> found = new HashMap<>();
                caseIds.forEach(id -> found.put(id, tuple(id, "Ana", "Caso" + id, null, null, null)));
                return found;
            }
        };
        inbox.session = (SessionContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{SessionContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getCallerPrincipal" -> (Principal) () -> "supervisor";
                    case "isCallerInRole" -> "supervisor".equals(args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return inbox;
    }

    private static Tuple tuple(Object... values) {
        return new Tuple() {
            @Override
            public <X> X get(TupleElement<X> element) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <X> X get(String alias, Class<X> type) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Object get(String alias) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <X> X get(int i, Class<X> type) {
                return type.cast(values[i]);
            }

            @Override
            public Object get(int i) {
                return values[i];
            }

            @Override
            public Object[] toArray() {
                return values.clone();
            }

            @Override
            public List<TupleElement<?>> getElements() {
                return List.of();
            }
        };
    }
}
