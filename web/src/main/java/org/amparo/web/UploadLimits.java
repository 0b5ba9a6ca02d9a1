package org.amparo.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The largest file each kind of upload field takes, in MB, for the pages: a field's {@code data-max-mb} lets the
 * browser refuse a file over it as it is chosen (a11y.js), where sent it met the container's error page. The services
 * check the same limits again, and the container's own (web.xml) sit a little above the largest.
 */
@Named("uploads")
@ApplicationScoped
public class UploadLimits {

    /** A case's document (a scan). */
    public int getDocumentMb() {
        return org.amparo.casefile.application.CaseNotesAndDocuments.MAX_DOCUMENT_MB;
    }

    /** A spreadsheet read by an import: a roster, the reference lists, a jurisdiction's money figures. */
    public int getSpreadsheetMb() {
        return org.amparo.imports.application.RosterImports.MAX_MEGABYTES;
    }
}
