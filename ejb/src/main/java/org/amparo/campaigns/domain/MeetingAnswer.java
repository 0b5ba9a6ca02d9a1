package org.amparo.campaigns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.amparo.shared.domain.DomainRuleViolation;
import org.hibernate.envers.Audited;

/**
 * A question asked at a meeting, from the toolkit's bank or in the meeting's own words (one or the other), and the
 * answer law enforcement gave (none recorded when it was not answered).
 */
@Entity
@Table(name = "meeting_answer")
@Audited
public class MeetingAnswer {

    public static final int QUESTION_MAX = 500;
    public static final int ANSWER_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_answer_seq")
    @SequenceGenerator(name = "meeting_answer_seq", sequenceName = "meeting_answer_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @Column(name = "question", length = 40)
    private MeetingQuestion question;

    @Column(name = "own_question", length = QUESTION_MAX)
    private String ownQuestion;

    @Column(name = "answer", length = ANSWER_MAX)
    private String answer;

    protected MeetingAnswer() {
    }

    MeetingAnswer(Meeting meeting, MeetingQuestion question, String ownQuestion, String answer) {
        String own = ownQuestion == null ? "" : ownQuestion.strip();
        if (question == null && own.isEmpty()) {
            throw new DomainRuleViolation("question", "amparo.validation.required");
        }
        if (question != null && !own.isEmpty()) {
            throw new DomainRuleViolation("ownQuestion", "amparo.validation.bankOrOwn");
        }
        if (own.length() > QUESTION_MAX) {
            throw new DomainRuleViolation("ownQuestion", "amparo.validation.atMost", QUESTION_MAX);
        }
        String a = answer == null ? "" : answer.strip();
        if (a.length() > ANSWER_MAX) {
            throw new DomainRuleViolation("answer", "amparo.validation.atMost", ANSWER_MAX);
        }
        this.meeting = meeting;
        this.question = question;
        this.ownQuestion = own.isEmpty() ? null : own;
        this.answer = a.isEmpty() ? null : a;
    }

    public Long getId() {
        return id;
    }

    /** The bank's question; null for the meeting's own. */
    public MeetingQuestion getQuestion() {
        return question;
    }

    public String getOwnQuestion() {
        return ownQuestion;
    }

    /** What law enforcement answered; null when it was not answered. */
    public String getAnswer() {
        return answer;
    }
}
