package org.amparo.casefile.application;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call draft saved while "served on the person" was a checkbox holds an unticked box as "no", although nobody was
 * asked: resumed, it asks again, unless the draft has the ICE document the question is about.
 */
class CallFormTest {

    /** The draft's JSON is read through the record's one constructor (its {@code @JsonbCreator}), as here. */
    @Test
    void aNoAboutServiceWithoutAnIceDocumentIsNoAnswer() {
        CallForm old = new CallForm("Ejemplo", null, null, null, null, null, null, null, null, null, null, null, null, false, null);
        assertThat(old.iceServed()).as("an unticked box with no document").isNull();
        CallForm withDocument = new CallForm("Ejemplo", null, null, null, null, null, null, null, null, null, null, "I-247A", null,
                false, null);
        assertThat(withDocument.iceServed()).as("a no about a document on the form").isFalse();
        CallForm issued = new CallForm("Ejemplo", null, null, null, null, null, null, null, null, null, null, null,
                LocalDateTime.of(2026, 11, 2, 9, 30), false, null);
        assertThat(issued.iceServed()).as("a no about a document whose issue day is known").isFalse();
        CallForm served = new CallForm("Ejemplo", null, null, null, null, null, null, null, null, null, null, null, null, true, null);
        assertThat(served.iceServed()).as("a yes is kept, and refused on opening without its document").isTrue();
    }
}
