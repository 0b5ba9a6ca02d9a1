package org.amparo.tasks.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.amparo.cases.application.ExportLabelsTest;
import org.amparo.exports.domain.ExportMode;
import org.amparo.process.CaseStep;
import org.amparo.rules.priority.EnforcementPriority;
import org.amparo.shared.infrastructure.XlsxTable;
import org.junit.jupiter.api.Test;

/** The inbox's export in English and Spanish: steps and priorities as labels, their codes in their own columns. */
class TaskInboxExportLabelsTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    @Test
    void theInboxExportWritesLabelsAndKeepsTheCodesInTheirOwnColumns() throws IOException {
        List<InboxItem> items = new ArrayList<>();
        int i = 0;
        for (CaseStep step : CaseStep.values()) {
            items.add(new InboxItem("t" + i, step, "bpmn name " + step, i, i % 2 == 0 ? null : "attorney",
                    List.of("supervisor"), Instant.parse("2026-11-29T10:00:00Z"), Instant.parse("2026-11-30T10:00:00Z"),
                    i % 3 == 0, "Ana Ejemplo", EnforcementPriority.values()[i % EnforcementPriority.values().length],
                    Instant.parse("2026-11-30T06:00:00Z"), i % 2 == 0 ? null : "America/Chicago"));
            i++;
        }
        for (Locale language : LANGUAGES) {
            ResourceBundle l = ResourceBundle.getBundle("org.amparo.i18n.exports", language);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XlsxTable<>(l.getString("task.sheet"), new TaskInboxExport().columns(l, ExportMode.FULL, language)).write(items, Map.of("x", "y"), out);
            Map<String, List<String>> columns = ExportLabelsTest.columns(out.toByteArray(), l.getString("task.sheet"));
            ExportLabelsTest.assertNoCodesInLabelColumns(columns, "inbox in " + language);
            assertThat(columns.get(l.getString("code.step"))).contains("ATTORNEY_RESPONSE");
        }
    }
}
