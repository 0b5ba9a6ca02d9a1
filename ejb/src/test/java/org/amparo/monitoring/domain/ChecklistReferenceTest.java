package org.amparo.monitoring.domain;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checklist's reference data, as the migrations leave it, against the seed's checklist: every item present, in its
 * group and order, word for word, and nothing else among the toolkit's items.
 */
class ChecklistReferenceTest {

    private static final String URL = "jdbc:h2:mem:checklist;DB_CLOSE_DELAY=-1";
    private static final Map<ChecklistGroup, List<String>> STORED = new LinkedHashMap<>();
    private static final List<String> KEYS = new ArrayList<>();

    @BeforeAll
    static void migrate() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "sa").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "sa");
             ResultSet rs = c.createStatement().executeQuery(
                     "select item_group, wording, item_key, wording_es from checklist_item where custom = false order by id")) {
            while (rs.next()) {
                STORED.computeIfAbsent(ChecklistGroup.valueOf(rs.getString(1)), g -> new ArrayList<>()).add(rs.getString(2));
                KEYS.add(rs.getString(3));
                assertThat(rs.getString(4)).as(rs.getString(3) + " in Spanish").isNotBlank();
                // probation is "libertad a prueba" in Amparo's Spanish; "libertad condicional" is parole (V30)
                assertThat(rs.getString(4)).as(rs.getString(3) + " in Spanish").doesNotContain("libertad condicional");
            }
        }
    }

    @Test
    void everySeedItemIsThereInItsGroupAndOrder() {
        assertThat(STORED.keySet()).as("the seed's seven groups, in its order").containsExactlyElementsOf(SeedChecklist.GROUPS.keySet());
        SeedChecklist.GROUPS.forEach((group, items) -> assertThat(STORED.get(group)).as(group.name()).containsExactlyElementsOf(items));
        int seedCount = SeedChecklist.GROUPS.values().stream().mapToInt(List::size).sum();
        assertThat(seedCount).isEqualTo(40);
        assertThat(KEYS).hasSize(seedCount).doesNotHaveDuplicates();
    }

    @Test
    void fourGroupsAreTheLocalJailsAndThreeAreIces() {
        assertThat(STORED.keySet().stream().filter(g -> g.side() == ChecklistGroup.Side.LOCAL_JAIL)).hasSize(4);
        assertThat(STORED.keySet().stream().filter(g -> g.side() == ChecklistGroup.Side.ICE)).hasSize(3);
    }

    @Test
    void everyItemTheFindingsShowIsAToolkitItem() {
        assertThat(KEYS).containsAll(ChecklistFindings.derivedItems());
    }
}
