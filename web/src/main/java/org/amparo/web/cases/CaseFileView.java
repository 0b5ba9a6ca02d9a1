package org.amparo.web.cases;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.cases.application.CaseQueries;
import org.amparo.cases.application.CaseScreening;
import org.amparo.cases.application.CaseScreeningReport;
import org.amparo.cases.application.CaseSummary;
import org.amparo.shared.domain.NotFoundException;

/** The case file page ({@code cases/file.xhtml?id=}): the case's header and its screening panel. */
@Named
@ViewScoped
public class CaseFileView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    CaseQueries queries;

    @Inject
    CaseScreening screening;

    private Long id;
    private CaseSummary summary;
    private CaseScreeningReport report;
    private Locale reportLocale;

    /** Loads the case once per view; an unknown id leaves the page showing "no such case". */
    public void load() {
        if (id == null || summary != null) {
            return;
        }
        try {
            summary = queries.view(id);
        } catch (NotFoundException e) {
            summary = null;
        }
    }

    /** A local date-time as the facility's clock shows it. */
    public String local(java.time.LocalDateTime at) {
        return at == null ? "" : LOCAL.format(at);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CaseSummary getSummary() {
        return summary;
    }

    /** The screening, worded in the page's language (screened again when the user switches language). */
    public CaseScreeningReport getReport() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        if (summary != null && (report == null || !locale.equals(reportLocale))) {
            report = screening.report(id, locale);
            reportLocale = locale;
        }
        return report;
    }
}
