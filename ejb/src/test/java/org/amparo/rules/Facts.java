package org.amparo.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.amparo.people.domain.Education;
import org.amparo.people.domain.ImmigrationStatus;
import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;
import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.rules.detainer.DetainerFacts;
import org.amparo.rules.detainer.DocumentForm;
import org.amparo.rules.detainer.Interference;

/** Test facts, built fluently. Starts from nothing known, as of 1 June 2015. */
public final class Facts {

    /** The forms of the reference data (migration V2/V3), as the rules see them. */
    public static final DocumentForm I_247 = new DocumentForm("I_247", true, true, true, 48, true);
    public static final DocumentForm I_247D = new DocumentForm("I_247D", true, true, false, 48, false);
    public static final DocumentForm I_247N = new DocumentForm("I_247N", true, false, true, 48, false);
    public static final DocumentForm I_247X = new DocumentForm("I_247X", true, true, true, 48, false);
    /** The I-247A asks notification and a hold (migration V12 corrected the reference row). */
    public static final DocumentForm I_247A = new DocumentForm("I_247A", true, true, true, 48, false);
    public static final DocumentForm I_200 = new DocumentForm("I_200", false, false, false, 0, false);
    public static final DocumentForm I_205 = new DocumentForm("I_205", false, false, false, 0, false);
    public static final DocumentForm I_203 = new DocumentForm("I_203", false, false, false, 0, false);
    public static final DocumentForm NTA = new DocumentForm("NTA", false, false, false, 0, false);

    private LocalDate asOf = LocalDate.of(2015, 6, 1);
    private LocalDate born;
    private ImmigrationStatus status;
    private final List<LocalDate> entries = new ArrayList<>();
    private LocalDate residentSince;
    private Education education;
    private Boolean gang;
    private Boolean nationalSecurity;
    private final List<ConvictionFact> convictions = new ArrayList<>();
    private final List<PendingChargeFact> pending = new ArrayList<>();
    private final List<RemovalOrderFact> orders = new ArrayList<>();
    private DetainerFacts detainer;
    private GangInvolvement gangInvolvement;
    private Boolean border;
    private Boolean visaAbuse;
    private Boolean inProceedings;
    private final List<LocalDate> unlawfulEntries = new ArrayList<>();

    public static Facts none() {
        return new Facts();
    }

    /** A person who meets every DACA guideline, with no record. */
    public static Facts dacaCandidate() {
        return none().born("1990-05-01").entered("2000-01-15").residentSince("2000-01-15")
                .education(Education.HIGH_SCHOOL_GRADUATE).nationalSecurity(false).gang(false)
                .status(ImmigrationStatus.UNDOCUMENTED);
    }

    public Facts asOf(String day) {
        asOf = LocalDate.parse(day);
        return this;
    }

    public Facts born(String day) {
        born = LocalDate.parse(day);
        return this;
    }

    public Facts status(ImmigrationStatus s) {
        status = s;
        return this;
    }

    public Facts entered(String day) {
        entries.add(LocalDate.parse(day));
        return this;
    }

    public Facts residentSince(String day) {
        residentSince = LocalDate.parse(day);
        return this;
    }

    public Facts education(Education e) {
        education = e;
        return this;
    }

    public Facts gang(Boolean b) {
        gang = b;
        return this;
    }

    public Facts gang(GangInvolvement g) {
        gangInvolvement = g;
        return this;
    }

    public Facts apprehendedAtBorder(Boolean b) {
        border = b;
        return this;
    }

    public Facts visaAbuse(Boolean b) {
        visaAbuse = b;
        return this;
    }

    public Facts inRemovalProceedings(Boolean b) {
        inProceedings = b;
        return this;
    }

    /** An entry without inspection on that day. */
    public Facts enteredUnlawfully(String day) {
        entries.add(LocalDate.parse(day));
        unlawfulEntries.add(LocalDate.parse(day));
        return this;
    }

    public Facts nationalSecurity(Boolean b) {
        nationalSecurity = b;
        return this;
    }

    public Facts convicted(ConvictionFact c) {
        convictions.add(c);
        return this;
    }

    public Facts pendingCharge(String day, OffenseLevel level, OffenseCategory category) {
        pending.add(new PendingChargeFact(LocalDate.parse(day), level, category));
        return this;
    }

    public Facts pendingCharge(String day, OffenseLevel level) {
        pending.add(new PendingChargeFact(LocalDate.parse(day), level, OffenseCategory.OTHER));
        return this;
    }

    public Facts removalOrder(String day, Boolean isFinal) {
        orders.add(new RemovalOrderFact(LocalDate.parse(day), isFinal));
        return this;
    }

    public Facts detainer(DetainerFacts d) {
        detainer = d;
        return this;
    }

    public ScreeningFacts build() {
        return new ScreeningFacts(asOf, new PersonFacts(born, status, entries, residentSince, education, gang,
                nationalSecurity, gangInvolvement, border, visaAbuse, inProceedings, unlawfulEntries), convictions,
                pending, orders, detainer);
    }

    // Convictions

    public static ConvictionFact felony(String day) {
        return conviction(day, OffenseLevel.FELONY, OffenseCategory.OTHER, 0);
    }

    public static ConvictionFact misdemeanor(String day, OffenseCategory category, int days) {
        return conviction(day, OffenseLevel.MISDEMEANOR, category, days);
    }

    public static ConvictionFact conviction(String day, OffenseLevel level, OffenseCategory category, Integer days) {
        return new ConvictionFact(day == null ? null : LocalDate.parse(day), level, category, false, days, false, false, null);
    }

    public static ConvictionFact suspended(ConvictionFact c) {
        return new ConvictionFact(c.date(), c.level(), c.category(), c.aggravatedFelony(), c.sentenceDays(), true,
                c.juvenile(), c.incident());
    }

    public static ConvictionFact juvenile(ConvictionFact c) {
        return new ConvictionFact(c.date(), c.level(), c.category(), c.aggravatedFelony(), c.sentenceDays(),
                c.suspended(), true, c.incident());
    }

    public static ConvictionFact aggravated(ConvictionFact c) {
        return new ConvictionFact(c.date(), c.level(), c.category(), true, c.sentenceDays(), c.suspended(),
                c.juvenile(), c.incident());
    }

    public static ConvictionFact incident(ConvictionFact c, String incident) {
        return new ConvictionFact(c.date(), c.level(), c.category(), c.aggravatedFelony(), c.sentenceDays(),
                c.suspended(), c.juvenile(), incident);
    }

    public static ConvictionFact statusOffense(ConvictionFact c) {
        return new ConvictionFact(c.date(), c.level(), c.category(), c.aggravatedFelony(), c.sentenceDays(),
                c.suspended(), c.juvenile(), c.incident(), true);
    }

    // Detainers

    public static DetainerBuilder hold(DocumentForm form) {
        return new DetainerBuilder(form);
    }

    /** A fluent ICE document. */
    public static final class DetainerBuilder {
        private final DocumentForm form;
        private LocalDateTime issued;
        private Boolean served;
        private LocalDateTime release;
        private LocalDateTime stillHeld;
        private Boolean honored;
        private Boolean notified;
        private DetainerPolicy policy;
        private Set<Interference> interference = Set.of();
        private org.amparo.rules.detainer.AdministrativeWarrant warrant;
        private Boolean interviewed;
        private final List<org.amparo.rules.detainer.PolicyLayer> layers = new ArrayList<>();

        DetainerBuilder(DocumentForm form) {
            this.form = form;
        }

        public DetainerBuilder issued(String at) {
            issued = LocalDateTime.parse(at);
            return this;
        }

        public DetainerBuilder served(Boolean b) {
            served = b;
            return this;
        }

        public DetainerBuilder release(String at) {
            release = LocalDateTime.parse(at);
            return this;
        }

        public DetainerBuilder stillHeld(String at) {
            stillHeld = LocalDateTime.parse(at);
            return this;
        }

        public DetainerBuilder honored(Boolean b) {
            honored = b;
            return this;
        }

        public DetainerBuilder notified(Boolean b) {
            notified = b;
            return this;
        }

        public DetainerBuilder policy(DetainerPolicy p) {
            policy = p;
            return this;
        }

        public DetainerBuilder interference(Interference... i) {
            interference = Set.of(i);
            return this;
        }

        public DetainerBuilder accompaniedBy(org.amparo.rules.detainer.AdministrativeWarrant w) {
            warrant = w;
            return this;
        }

        public DetainerBuilder interviewed(Boolean b) {
            interviewed = b;
            return this;
        }

        public DetainerBuilder layer(org.amparo.reference.domain.JurisdictionLevel level, DetainerPolicy p, String since) {
            layers.add(new org.amparo.rules.detainer.PolicyLayer(level, p, since == null ? null : LocalDate.parse(since)));
            return this;
        }

        public DetainerFacts build() {
            return new DetainerFacts(form, issued, served, release, stillHeld, honored, notified, policy, interference,
                    warrant, interviewed, layers);
        }
    }
}
