package org.amparo.campaigns.domain;

import org.amparo.shared.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingTest {

    private static final Instant AT = Instant.parse("2026-11-20T15:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate HELD = LocalDate.of(2026, 11, 2);

    private static Meeting meeting() {
        return Meeting.held(7, HELD, " County building ", null, null, TODAY, "sofia", AT);
    }

    @Test
    void theNextMeetingIsQuarterlyUnlessAnotherDayIsGiven() {
        Meeting m = meeting();
        assertThat(m.getNextMeetingOn()).isEqualTo(LocalDate.of(2027, 2, 2));
        assertThat(m.getPlace()).isEqualTo("County building");
        assertThat(Meeting.held(7, HELD, null, null, LocalDate.of(2026, 12, 1), TODAY, "s", AT).getNextMeetingOn())
                .isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aMeetingIsRecordedOnceHeldAndTheNextComesAfterIt() {
        assertThatThrownBy(() -> Meeting.held(7, TODAY.plusDays(1), null, null, null, TODAY, "s", AT))
                .isInstanceOf(DomainRuleViolation.class).extracting("field").isEqualTo("heldOn");
        assertThatThrownBy(() -> Meeting.held(7, null, null, null, null, TODAY, "s", AT))
                .extracting("field").isEqualTo("heldOn");
        assertThatThrownBy(() -> Meeting.held(7, HELD, null, null, HELD, TODAY, "s", AT))
                .extracting("field").isEqualTo("nextMeetingOn");
    }

    @Test
    void attendeesNeedANameAndARole() {
        Meeting m = meeting();
        assertThatThrownBy(() -> m.attend(" ", null, MeetingRole.FACILITATOR, "s", AT)).extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> m.attend("Rosa", null, null, "s", AT)).extracting("field").isEqualTo("role");
        m.attend(" Rosa ", "", MeetingRole.NOTE_TAKER, "s", AT);
        assertThat(m.getAttendees()).singleElement().satisfies(a -> {
            assertThat(a.getName()).isEqualTo("Rosa");
            assertThat(a.getOrganisation()).isNull();
        });
    }

    @Test
    void aBankQuestionIsRecordedOnceAndAQuestionIsTheBanksOrOwn() {
        Meeting m = meeting();
        m.ask(MeetingQuestion.RECEIVE_DETAINERS, null, "Yes, about ten a month.", "s", AT);
        assertThatThrownBy(() -> m.ask(MeetingQuestion.RECEIVE_DETAINERS, null, "again", "s", AT))
                .extracting("field").isEqualTo("question");
        assertThatThrownBy(() -> m.ask(null, " ", "x", "s", AT)).extracting("field").isEqualTo("question");
        assertThatThrownBy(() -> m.ask(MeetingQuestion.SIGN_IN, "Our own?", null, "s", AT)).extracting("field").isEqualTo("ownQuestion");
        m.ask(null, "Do deputies ask about status at traffic stops?", "  ", "s", AT);
        assertThat(m.getAnswers()).hasSize(2);
        assertThat(m.getAnswers().get(1).getAnswer()).as("no answer given").isNull();
    }

    @Test
    void aPromiseIsDueOnOrAfterTheMeetingAndIsOverdueWhileOpenAfterThatDay() {
        Meeting m = meeting();
        assertThatThrownBy(() -> m.promise(PromiseKind.DATA, null, HELD.minusDays(1), "s", AT)).extracting("field").isEqualTo("dueOn");
        assertThatThrownBy(() -> m.promise(PromiseKind.DATA, null, null, "s", AT)).extracting("field").isEqualTo("dueOn");
        assertThatThrownBy(() -> m.promise(null, null, HELD, "s", AT)).extracting("field").isEqualTo("kind");
        assertThatThrownBy(() -> m.promise(PromiseKind.OTHER, " ", HELD, "s", AT)).extracting("field").isEqualTo("what");
        MeetingPromise p = m.promise(PromiseKind.POLICIES, null, LocalDate.of(2026, 11, 16), "s", AT);
        assertThat(p.overdue(TODAY)).isTrue();
        assertThat(p.overdue(LocalDate.of(2026, 11, 16))).as("due today is not overdue yet").isFalse();
        p.settle(PromiseState.KEPT, LocalDate.of(2026, 11, 19), TODAY, "s", AT);
        assertThat(p.overdue(TODAY)).isFalse();
        assertThat(p.getSettledOn()).isEqualTo(LocalDate.of(2026, 11, 19));
        p.settle(PromiseState.OPEN, null, TODAY, "s", AT);
        assertThat(p.getSettledOn()).isNull();
        assertThat(p.overdue(TODAY)).isTrue();
    }

    @Test
    void aPromiseIsSettledOnADayBetweenTheMeetingAndToday() {
        MeetingPromise p = meeting().promise(PromiseKind.DATA, null, HELD.plusDays(14), "s", AT);
        assertThatThrownBy(() -> p.settle(PromiseState.KEPT, TODAY.plusDays(1), TODAY, "s", AT)).extracting("field").isEqualTo("on");
        assertThatThrownBy(() -> p.settle(PromiseState.BROKEN, HELD.minusDays(1), TODAY, "s", AT)).extracting("field").isEqualTo("on");
        assertThatThrownBy(() -> p.settle(null, null, TODAY, "s", AT)).extracting("field").isEqualTo("state");
        p.settle(PromiseState.BROKEN, null, TODAY, "s", AT);
        assertThat(p.getSettledOn()).isEqualTo(TODAY);
    }

    /** "Questions for Meeting with Law Enforcement", counted from the seed: 4 + 16 + 13 + 4 questions under its headings. */
    @Test
    void theToolkitsQuestionBankIsWholeUnderItsHeadings() {
        assertThat(MeetingQuestion.values()).hasSize(37);
        Map<QuestionGroup, Long> perGroup = Arrays.stream(MeetingQuestion.values())
                .collect(Collectors.groupingBy(MeetingQuestion::group, Collectors.counting()));
        assertThat(perGroup).containsExactlyInAnyOrderEntriesOf(Map.of(QuestionGroup.GETTING_TO_KNOW, 4L,
                QuestionGroup.EXECUTIVE_ACTION, 16L, QuestionGroup.OTHER_COOPERATION, 13L, QuestionGroup.NEXT_STEPS, 4L));
        assertThat(MeetingQuestion.values()[0].wording())
                .isEqualTo("What do you see as the biggest issues between the immigrant community and law enforcement facing this community?");
        assertThat(MeetingQuestion.JAIL_TOUR.wording()).isEqualTo("When can we schedule a jail tour [if desired]?");
        assertThat(Arrays.stream(MeetingQuestion.values()).map(MeetingQuestion::wording).distinct()).hasSize(37);
        // in the toolkit's order: the groups never interleave
        assertThat(Arrays.stream(MeetingQuestion.values()).map(q -> q.group().ordinal()).toList()).isSorted();
    }

    /** "Sample Law Enforcement Meeting Agenda": three prep items, five agenda points, two after the meeting. */
    @Test
    void theToolkitsSampleAgendaIsWhole() {
        Map<AgendaItem.Part, Long> perPart = Arrays.stream(AgendaItem.values())
                .collect(Collectors.groupingBy(AgendaItem::part, Collectors.counting()));
        assertThat(perPart).containsExactlyInAnyOrderEntriesOf(Map.of(AgendaItem.Part.PREPARATION, 3L,
                AgendaItem.Part.MEETING, 5L, AgendaItem.Part.AFTER, 2L));
        assertThat(Arrays.stream(AgendaItem.values()).map(AgendaItem::part).map(Function.identity()).map(Enum::ordinal).toList()).isSorted();
    }
}
