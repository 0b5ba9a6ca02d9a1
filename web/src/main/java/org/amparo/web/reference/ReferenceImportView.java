package org.amparo.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.imports.application.ImportReport;
import org.amparo.imports.application.ReferenceImports;
import org.amparo.reference.domain.ReferenceImport;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;

/**
 * Importing ICE's reference files (admin): upload, see what the import would do and each row's problems, then
 * commit all or nothing (or without the bad rows, when the admin chooses). The file stays in the view between the
 * preview and the commit, so what is committed is exactly what was previewed.
 */
@Named
@ViewScoped
public class ReferenceImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceImports imports;

    private ReferenceImport.Kind kind = ReferenceImport.Kind.ICE_287G;
    private transient UploadedFile upload;
    private byte[] content;
    private String fileName;
    private boolean skipBadRows;
    private ImportReport report;
    private List<ReferenceImport> history;

    public void preview() {
        report = null;
        if (upload != null && upload.getSize() > 0) {
            content = upload.getContent();
            fileName = upload.getFileName();
        }
        if (content == null) {
            Messages.error("import.chooseFile");
            return;
        }
        try {
            report = imports.preview(kind, fileName, content);
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("importForm", invalid);
            content = null;
        }
    }

    public void commit() {
        if (content == null) {
            Messages.error("import.chooseFile");
            return;
        }
        try {
            report = imports.commit(kind, fileName, content, skipBadRows);
            content = null;
            history = null;
            Messages.info("import.done", report.added(), report.updated(), report.ended());
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("importForm", invalid);
        }
    }

    public StreamedContent problemsWorkbook() {
        byte[] workbook = imports.problemsWorkbook(kind, fileName, content);
        return DefaultStreamedContent.builder().name("import-problems.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(workbook)).build();
    }

    public List<ReferenceImport> getHistory() {
        if (history == null) {
            history = imports.history();
        }
        return history;
    }

    public ReferenceImport.Kind[] getKinds() { return ReferenceImport.Kind.values(); }
    public ReferenceImport.Kind getKind() { return kind; }
    public void setKind(ReferenceImport.Kind v) { kind = v; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile v) { upload = v; }
    public boolean isSkipBadRows() { return skipBadRows; }
    public void setSkipBadRows(boolean v) { skipBadRows = v; }
    public ImportReport getReport() { return report; }
    public boolean isReady() { return content != null && report != null && !report.committed(); }
    public String getFileName() { return fileName; }
}
