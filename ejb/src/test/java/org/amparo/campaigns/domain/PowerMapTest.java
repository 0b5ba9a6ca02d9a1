package org.amparo.campaigns.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A campaign's targets and allies, as the toolkit's steps 4 and 5 describe them. */
class PowerMapTest {

    private static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void aTargetIsPrimaryOrSecondaryWithAnOptionalReason() {
        assertThatThrownBy(() -> new CampaignTarget(1, 2, null, "x", "s", AT)).extracting("field").isEqualTo("rank");
        assertThatThrownBy(() -> new CampaignTarget(1, 2, TargetRank.PRIMARY, "x".repeat(501), "s", AT)).extracting("field").isEqualTo("why");
        assertThat(new CampaignTarget(1, 2, TargetRank.SECONDARY, "  ", "s", AT).getWhy()).isNull();
    }

    @Test
    void anAllyHasAKindAndAName() {
        assertThatThrownBy(() -> new CampaignAlly(1, null, "Iglesia", null, null, "s", AT)).extracting("field").isEqualTo("type");
        assertThatThrownBy(() -> new CampaignAlly(1, AllyType.FAITH, " ", null, null, "s", AT)).extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> new CampaignAlly(1, AllyType.FAITH, "Iglesia", "c".repeat(201), null, "s", AT))
                .extracting("field").isEqualTo("contact");
        CampaignAlly a = new CampaignAlly(1, AllyType.PUBLIC_DEFENDER, " Public Defender ", " ", "Sees clients held for ICE", "s", AT);
        assertThat(a.getName()).isEqualTo("Public Defender");
        assertThat(a.getContact()).isNull();
    }

    /** The toolkit names public defenders, probation, local officials, faith, labour and others among allies. */
    @Test
    void theToolkitsKindsOfAllies() {
        assertThat(AllyType.values()).contains(AllyType.PUBLIC_DEFENDER, AllyType.PROBATION_OR_COURTS, AllyType.LOCAL_OFFICIAL,
                AllyType.FAITH, AllyType.LABOUR, AllyType.CRIMINAL_JUSTICE_REFORM, AllyType.OTHER);
    }
}
