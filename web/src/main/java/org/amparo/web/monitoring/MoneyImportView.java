package org.amparo.web.monitoring;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.monitoring.application.FollowTheMoney;
import org.amparo.monitoring.application.MoneyImportReport;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Messages;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;

/**
 * Importing a money spreadsheet on a jurisdiction's page: upload, see what it would add, replace and leave and each
 * row's problems, then import all or nothing. The file stays in the view between the preview and the import, so what
 * is imported is exactly what was previewed.
 */
@Named
@ViewScoped
public class MoneyImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    FollowTheMoney service;

    @Inject
    JurisdictionView jurisdiction;

    @Inject
    MoneyView money;

    private transient UploadedFile upload;
    private byte[] content;
    private String fileName;
    private boolean replace;
    private MoneyImportReport report;

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
            report = service.previewImport(jurisdiction.getPage().id(), fileName, content, replace);
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("moneyImportForm", invalid);
            content = null;
        }
    }

    public void commit() {
        if (content == null) {
            Messages.error("import.chooseFile");
            return;
        }
        try {
            report = service.importFile(jurisdiction.getPage().id(), fileName, content, replace);
            content = null;
            money.reread();
            Messages.info("money.imported", report.added(), report.replaced(), report.unchanged());
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("moneyImportForm", invalid);
        }
    }

    /** A preview without problems is ready to import. */
    public boolean isReady() {
        return content != null && report != null && !report.committed() && report.problemCount() == 0;
    }

    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile v) { upload = v; }
    public boolean isReplace() { return replace; }
    public void setReplace(boolean replace) { this.replace = replace; }
    public MoneyImportReport getReport() { return report; }
}
