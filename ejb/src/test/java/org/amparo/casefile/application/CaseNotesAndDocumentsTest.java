package org.amparo.casefile.application;

import org.amparo.cases.domain.DetentionCase;
import org.amparo.shared.domain.FieldError;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An upload whose description is longer than the column is refused naming {@code description} with its limit, before
 * anything is stored ({@code POST /api/v1/cases/{id}/documents?description=...} answered a 500 when the message was a
 * Bean Validation template MessageFormat could not fill).
 */
class CaseNotesAndDocumentsTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aDescriptionOver200CharactersIsRefusedNamingItAndItsLimit() {
        CaseNotesAndDocuments documents = new CaseNotesAndDocuments();
        documents.validation = new InputValidation();
        documents.edits = new CaseFileEdits() {
            @Override
            DetentionCase load(long caseId) {
                return null; // the case is not reached: the description is refused first
            }
        };
        // store, records and transactions stay null: nothing may be stored or added
        assertThatThrownBy(() -> documents.uploadDocument(1, "a.pdf", "d".repeat(201), PDF))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::field, FieldError::message)
                        .containsExactly(tuple("description", "is too long (at most 200 characters)")));
    }
}
