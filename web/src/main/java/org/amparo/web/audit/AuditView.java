package org.amparo.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.amparo.audit.application.AuditEntry;
import org.amparo.audit.application.AuditFilter;
import org.amparo.audit.application.AuditTrail;
import org.amparo.audit.application.UnusualReading;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The audit page (supervisors and admins): the trail filtered by account, case and period, its export, unusual reading. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    @EJB
    AuditTrail trail;

    private String user;
    private Long caseId;
    private LocalDate from = LocalDate.now().minusDays(30);
    private LocalDate to;
    private List<UnusualReading> unusual;

    private final LazyDataModel<AuditEntry> entries = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) Math.min(Integer.MAX_VALUE, trail.count(filter()));
            } catch (InvalidInputException refused) {
                return 0; // search() named the field
            }
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            try {
                return trail.page(filter(), first, pageSize);
            } catch (InvalidInputException refused) {
                return List.of(); // search() named the field
            }
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return Long.toString(entry.id());
        }
    };

    /** A period the trail refuses (a day outside the years 1900 to 2200) is named beside its field; nothing is listed. */
    public void search() {
        unusual = null;
        try {
            unusual = trail.unusualReading(from, to);
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("auditForm", invalid);
            unusual = List.of();
        }
    }

    @jakarta.inject.Inject
    AuditWords auditWords;

    public StreamedContent workbook() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            trail.export(filter(), out, auditWords.wording(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("auditForm", invalid);
            return null; // nothing to download; the page says why
        }
        byte[] bytes = out.toByteArray();
        return DefaultStreamedContent.builder().name("amparo-audit.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    private List<AuditEntry> breakGlass;

    /** The latest break-glass openings (who opened another team's case, when, why). */
    public List<AuditEntry> getBreakGlass() {
        if (breakGlass == null) {
            breakGlass = trail.breakGlass(50);
        }
        return breakGlass;
    }

    public List<UnusualReading> getUnusual() {
        if (unusual == null) {
            unusual = trail.unusualReading(from, to);
        }
        return unusual;
    }

    /** The action in words when the bundle has them ({@code audit.action.<code>}), else the code as recorded. */
    public String actionLabel(String action) {
        jakarta.faces.context.FacesContext context = jakarta.faces.context.FacesContext.getCurrentInstance();
        java.util.ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String key = "audit.action." + action;
        return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : action;
    }

    private AuditFilter filter() {
        return new AuditFilter(user == null || user.isBlank() ? null : user.trim(), caseId, from, to);
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
