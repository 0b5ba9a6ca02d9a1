package org.amparo.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The process diagram reads in Spanish: every element the BPMN names has a Spanish name, and only names change. */
class DiagramNamesTest {

    private static String bpmn() throws IOException {
        try (InputStream in = DiagramNamesTest.class.getResourceAsStream("/processes/case.bpmn20.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyNamedElementHasASpanishName() throws IOException {
        Set<String> named = DiagramNames.namedIds(bpmn());
        assertThat(named).contains("intake", "attorneyResponse", "holdWatch", "holdCheck");
        ResourceBundle es = ResourceBundle.getBundle(DiagramNames.BUNDLE, Locale.forLanguageTag("es"));
        assertThat(es.keySet()).containsAll(named);
    }

    @Test
    void theSpanishDiagramKeepsItsIdsAndLosesItsEnglishNames() throws IOException {
        String xml = bpmn();
        String es = DiagramNames.translate(xml, Locale.forLanguageTag("es"));
        assertThat(es).contains("id=\"intake\" name=\"Admisión\"").contains("name=\"Aceptar o rechazar la derivación\"")
                .doesNotContain("name=\"Attorney referral\"").doesNotContain("name=\"Hold watch\"");
        assertThat(DiagramNames.namedIds(es)).isEqualTo(DiagramNames.namedIds(xml));
        assertThat(DiagramNames.translate(xml, Locale.ENGLISH)).isEqualTo(xml);
    }
}
