package org.amparo.rules.relief;

import java.util.ArrayList;
import java.util.List;

import org.amparo.people.domain.ImmigrationStatus;
import org.amparo.rules.CriminalRecord;
import org.amparo.rules.CriminalRecord.Numbered;
import org.amparo.rules.Reason;
import org.amparo.rules.ScreeningFacts;

/**
 * SCAAP ("Follow the Money", DOMAIN.md section 4): a jail is reimbursed only for an undocumented person convicted
 * of one felony or two misdemeanors and incarcerated at least 4 consecutive days. The days come from a custody
 * sentence to serve on one of the convictions.
 */
public final class Scaap {

    static final int MINIMUM_CUSTODY_DAYS = 4;
    static final int MISDEMEANORS_NEEDED = 2;

    private Scaap() {
    }

    public static ScaapScreen screen(ScreeningFacts facts) {
        List<Reason> met = new ArrayList<>();
        List<Reason> unmet = new ArrayList<>();
        ImmigrationStatus status = facts.person().immigrationStatus();
        if (status == ImmigrationStatus.UNDOCUMENTED) {
            met.add(Reason.of("scaap.undocumented"));
        } else {
            unmet.add(status == null ? Reason.of("scaap.statusUnknown") : Reason.of("scaap.notUndocumented", status));
        }
        CriminalRecord record = CriminalRecord.on(facts, facts.asOf());
        List<Numbered> felonies = record.convictions().stream().filter(n -> n.conviction().isFelony()).toList();
        List<Numbered> misdemeanors = record.convictions().stream().filter(n -> n.conviction().isMisdemeanor()).toList();
        if (!felonies.isEmpty()) {
            met.add(Reason.of("scaap.felony", CriminalRecord.indexes(felonies)));
        } else if (misdemeanors.size() >= MISDEMEANORS_NEEDED) {
            met.add(Reason.of("scaap.misdemeanors", CriminalRecord.indexes(misdemeanors)));
        } else {
            unmet.add(Reason.of("scaap.tooFewConvictions", misdemeanors.size()));
        }
        Numbered longest = record.convictions().stream()
                .filter(n -> n.conviction().custodyDaysToServe() != null)
                .max(java.util.Comparator.comparing(n -> n.conviction().custodyDaysToServe())).orElse(null);
        if (longest != null && longest.conviction().custodyDaysToServe() >= MINIMUM_CUSTODY_DAYS) {
            met.add(Reason.of("scaap.custody", longest, longest.conviction().custodyDaysToServe()));
        } else {
            unmet.add(Reason.of("scaap.noCustody"));
        }
        return unmet.isEmpty() ? new ScaapScreen(true, met) : new ScaapScreen(false, unmet);
    }
}
