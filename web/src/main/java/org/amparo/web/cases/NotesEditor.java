package org.amparo.web.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.casefile.application.CaseFileForms;
import org.amparo.casefile.application.CaseFileQueries;
import org.amparo.casefile.application.CaseNotesAndDocuments;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;

/** The Notes and Documents tabs: writing a note (privileged for attorneys), uploading and downloading scans. */
@Named
@ViewScoped
public class NotesEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseFileView caseFile;

    @Inject
    CaseNotesAndDocuments service;

    @Inject
    CaseFileQueries queries;

    private String body;
    private boolean privileged;
    private transient UploadedFile upload;
    private String description;

    public void addNote() {
        try {
            service.addNote(caseFile.getId(), new CaseFileForms.NoteForm(body, privileged));
            body = null;
            privileged = false;
            caseFile.reload();
            Messages.info("caseFile.saved");
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("notes", invalid);
        }
    }

    public void uploadDocument() {
        try {
            byte[] content = upload == null ? null : upload.getContent();
            service.uploadDocument(caseFile.getId(), upload == null ? null : upload.getFileName(), description, content);
            description = null;
            caseFile.reload();
            Messages.info("caseFile.saved");
            // the new document among the evidence form's choices (its first brings the form); a refusal leaves it as set
            org.primefaces.PrimeFaces.current().ajax().update("tabs:evidenceBox");
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("documents", invalid);
        } finally {
            if (upload != null) {
                try {
                    upload.delete();
                } catch (IOException e) {
                    // the container removes its temporary file at the end of the request anyway
                }
            }
            upload = null;
        }
    }

    /** A stored document back to the browser, as an attachment (never rendered inline from our origin). */
    public StreamedContent download(long documentId) {
        CaseFileQueries.StoredDocument doc = queries.document(caseFile.getId(), documentId);
        return DefaultStreamedContent.builder().name(doc.fileName()).contentType(doc.contentType())
                .contentLength(doc.sizeBytes()).stream(doc::content).build();
    }

    public String getBody() { return body; }
    public void setBody(String v) { body = v; }
    public boolean isPrivileged() { return privileged; }
    public void setPrivileged(boolean v) { privileged = v; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile v) { upload = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
}
