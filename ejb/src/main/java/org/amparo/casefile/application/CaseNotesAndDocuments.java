package org.amparo.casefile.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import org.amparo.audit.application.AuditLog;
import org.amparo.casefile.application.CaseFileForms.NoteForm;
import org.amparo.casefile.infrastructure.DocumentStore;
import org.amparo.casefile.infrastructure.DocumentTypes;
import org.amparo.cases.domain.CaseDocument;
import org.amparo.cases.domain.CaseNote;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.NotFoundException;

/**
 * Notes and scanned documents on a case file, each use case one transaction and audited. Privileged notes are for
 * attorneys and supervisors; documents are checked by their content and kept outside the web root.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
@Interceptors(DomainRules.class)
public class CaseNotesAndDocuments {

    /** Uploads above this size are refused (scans of forms and court papers are far smaller). */
    public static final int MAX_DOCUMENT_MB = 10;

    @Inject
    CaseFileEdits edits;

    @Inject
    Clock clock;

    @Inject
    org.amparo.cases.domain.CaseRecords records;

    @Inject
    InputValidation validation;

    @Inject
    AuditLog audit;

    @Inject
    DocumentStore store;

    @Resource
    SessionContext session;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Adds a note. Only attorneys and supervisors may mark one privileged (attorney-client). */
    public long addNote(long caseId, NoteForm form) {
        DetentionCase c = edits.load(caseId);
        validation.check(form);
        if (form.privileged() && !Roles.readsPrivileged(session::isCallerInRole)) {
            throw validation.invalid("privileged", "amparo.validation.privileged");
        }
        CaseNote note = new CaseNote(c, caller(), Instant.now(clock), form.text(), form.privileged());
        records.add(note);
        audit.record("case.note.added", "DetentionCase", caseId, "note=" + note.getId() + (form.privileged() ? " privileged" : ""));
        return note.getId();
    }

    /**
     * Stores an uploaded document outside the web root. Its type is told by its content (PDF, PNG, JPEG, TIFF); empty
     * files and files over {@value #MAX_DOCUMENT_MB} MB are refused. If the transaction rolls back, the bytes go too.
     */
    public long uploadDocument(long caseId, String fileName, String description, byte[] content) {
        DetentionCase c = edits.load(caseId);
        String name = fileName == null ? "" : java.nio.file.Paths.get(fileName.replace('\\', '/')).getFileName() == null
                ? "" : java.nio.file.Paths.get(fileName.replace('\\', '/')).getFileName().toString().strip();
        if (name.isEmpty()) { // none chosen (a page's upload sends an empty part), or a name that is all path
            throw validation.invalid("file", "amparo.validation.noFile");
        }
        if (name.length() > 200) {
            throw validation.invalid("file", "amparo.validation.fileName");
        }
        if (content == null || content.length == 0) {
            throw validation.invalid("file", "amparo.validation.documentEmpty");
        }
        if (content.length > MAX_DOCUMENT_MB * 1024 * 1024) {
            throw validation.invalid("file", "amparo.validation.documentSize", MAX_DOCUMENT_MB);
        }
        if (description != null && description.length() > 200) {
            // "size" is a Bean Validation template ({max}), which MessageFormat cannot fill: this one takes {0}
            throw validation.invalid("description", "amparo.validation.atMost", 200);
        }
        String type = DocumentTypes.detect(content)
                .orElseThrow(() -> validation.invalid("file", "amparo.validation.documentType"));
        String key = store.put(content);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    store.delete(key);
                }
            }
        });
        CaseDocument doc = new CaseDocument(c, name, type, content.length, org.amparo.shared.domain.Digests.sha256(content), key, description,
                caller(), Instant.now(clock));
        records.add(doc);
        audit.record("case.document.uploaded", "DetentionCase", caseId, "document=" + doc.getId() + " type=" + type);
        return doc.getId();
    }

    /** Takes a document off the case (the bytes stay until the case is purged, for the audit). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public void removeDocument(long caseId, long documentId) {
        edits.load(caseId);
        CaseDocument doc = records.document(caseId, documentId).orElseThrow(() -> new NotFoundException("Document", documentId));
        records.remove(doc);
        audit.record("case.document.removed", "DetentionCase", caseId, "document=" + documentId);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
