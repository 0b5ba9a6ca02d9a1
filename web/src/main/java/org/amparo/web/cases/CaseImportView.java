package org.amparo.web.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.imports.application.RosterImportJob;
import org.amparo.imports.application.RosterImportJobs;
import org.amparo.imports.application.RosterImports;
import org.amparo.imports.application.RosterLayout;
import org.amparo.imports.application.RosterReport;
import org.amparo.imports.application.RosterRequest;
import org.amparo.imports.domain.RosterField;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Downloads;
import org.amparo.web.Messages;
import org.amparo.web.session.UserSession;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cases from a jail roster or hotline sheet: upload, check how each column maps to a field (remembered for the
 * file's layout, or suggested by its labels), preview what the import would do with each row's problems, then
 * import all of it (or without the bad rows) in the background while a progress bar runs. The file stays in the
 * view from upload to import, so what is imported is what was previewed.
 */
@Named
@ViewScoped
public class CaseImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One column of the file as the mapping table shows it. */
    public static final class Column implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int index;
        private final String label;
        private final String sample;
        private RosterField field;

        Column(int index, String label, String sample, RosterField field) {
            this.index = index;
            this.label = label;
            this.sample = sample;
            this.field = field;
        }

        public int getIndex() { return index; }
        public String getLetter() { return org.amparo.imports.infrastructure.SheetTable.columnName(index); }
        public String getLabel() { return label; }
        public String getSample() { return sample; }
        public RosterField getField() { return field; }
        public void setField(RosterField v) { field = v; }
    }

    @Inject
    RosterImports imports;

    @Inject
    RosterImportJobs jobs;


    @Inject
    UserSession user;

    private transient UploadedFile upload;
    private byte[] content;
    private String fileName;
    private RosterLayout layout;
    private List<Column> columns = List.of();
    private Long facilityId;
    private boolean skipBadRows;
    private RosterReport report;
    private RosterImportJob job;

    /** Reads the uploaded file's header row and shows its columns with their mapping. */
    public void readColumns() {
        report = null;
        job = null;
        if (upload == null || upload.getSize() == 0) {
            Messages.error("import.chooseFile");
            return;
        }
        try {
            byte[] bytes = upload.getContent();
            layout = imports.layout(upload.getFileName(), bytes);
            content = bytes;
            fileName = upload.getFileName();
            List<Column> shown = new ArrayList<>();
            for (int c = 0; c < layout.labels().size(); c++) {
                int column = c;
                String sample = String.join(" · ", layout.sample().stream().map(r -> column < r.size() ? r.get(column) : "")
                        .filter(v -> !v.isBlank()).limit(3).toList());
                shown.add(new Column(c, layout.labels().get(c), sample, layout.mapping().get(c)));
            }
            columns = shown;
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("rosterForm", invalid);
            content = null;
            layout = null;
            columns = List.of();
        }
    }

    public void preview() {
        job = null;
        if (content == null) {
            Messages.error("import.chooseFile");
            return;
        }
        try {
            report = imports.preview(request());
        } catch (InvalidInputException invalid) {
            report = null;
            Messages.fieldErrors("rosterForm", invalid);
        }
    }

    /** Starts the import in the background; the page polls its progress. */
    public void commit() {
        if (content == null || report == null) {
            Messages.error("import.chooseFile");
            return;
        }
        job = jobs.start(request(), skipBadRows, Locale.forLanguageTag(user.getLanguage()));
    }

    /** Polled while the import runs; when it ends the file is let go. */
    public void refresh() {
        if (job != null) {
            job = jobs.status(job.id());
            if (job.state() == RosterImportJob.State.DONE) {
                report = job.report();
                content = null;
                Messages.info("rosterImport.done", report.newCases(), report.matchedCases(), report.newPeople(), report.matchedPeople());
            } else if (job.state() == RosterImportJob.State.FAILED) {
                Messages.error("rosterImport.failed", job.error());
            }
        }
    }

    public StreamedContent problemsWorkbook() {
        byte[] workbook = imports.problemsWorkbook(request());
        return Downloads.xlsx("import-problems.xlsx", out -> out.writeBytes(workbook));
    }

    private RosterRequest request() {
        Map<Integer, RosterField> mapping = new LinkedHashMap<>();
        for (Column c : columns) {
            if (c.getField() != null) {
                mapping.put(c.getIndex(), c.getField());
            }
        }
        return new RosterRequest(fileName, content, mapping, facilityId);
    }


    public RosterField[] getFields() { return RosterField.values(); }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile v) { upload = v; }
    public RosterLayout getLayout() { return layout; }
    public List<Column> getColumns() { return columns; }
    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long v) { facilityId = v; }
    public boolean isSkipBadRows() { return skipBadRows; }
    public void setSkipBadRows(boolean v) { skipBadRows = v; }
    public RosterReport getReport() { return report; }
    public RosterImportJob getJob() { return job; }
    public String getFileName() { return fileName; }
    public boolean isRunning() { return job != null && job.state() == RosterImportJob.State.RUNNING; }
    public boolean isReady() { return content != null && report != null && (job == null || job.state() == RosterImportJob.State.FAILED); }
}
