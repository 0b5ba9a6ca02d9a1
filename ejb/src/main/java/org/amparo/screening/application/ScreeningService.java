package org.amparo.screening.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.reference.application.DocumentForms;
import org.amparo.reference.domain.IceDocumentForms;
import org.amparo.rules.Screening;
import org.amparo.rules.ScreeningFacts;
import org.amparo.rules.ScreeningFactsCheck;
import org.amparo.rules.ScreeningResult;
import org.amparo.rules.detainer.DocumentForm;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.FieldError;
import org.amparo.shared.domain.InvalidInputException;

/**
 * Screens facts that are not (yet) a case: a hotline app or a spreadsheet asks the same questions as the case file.
 * Nothing is stored, and the facts are never logged.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
public class ScreeningService {

    private static final Screening SCREENING = Screening.standard();

    @Inject
    IceDocumentForms iceForms;

    @Inject
    Clock clock;

    /** The ICE document forms the rules know, by code, including retired ones such as the legacy I-247. */
    public Map<String, DocumentForm> documentForms() {
        Map<String, DocumentForm> forms = new LinkedHashMap<>();
        iceForms.allByCode().forEach(f -> forms.put(f.getCode(), DocumentForms.toRule(f)));
        return forms;
    }

    /**
     * Screens the facts as of their date.
     *
     * @throws InvalidInputException naming each impossible fact (e.g. a conviction before birth)
     */
    public ScreeningResult screen(ScreeningFacts facts, Locale locale) {
        List<FieldError> problems = ScreeningFactsCheck.problems(facts, LocalDate.now(clock), locale);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return SCREENING.screen(facts);
    }

    /** Today, for requests that do not say which day they speak for. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
