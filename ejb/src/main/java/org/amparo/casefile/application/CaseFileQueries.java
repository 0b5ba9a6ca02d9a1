package org.amparo.casefile.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.audit.application.AuditLog;
import org.amparo.casefile.infrastructure.AuditedChanges;
import org.amparo.casefile.infrastructure.CaseFileQuery;
import org.amparo.casefile.infrastructure.DocumentStore;
import org.amparo.cases.domain.CaseDocument;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.FieldChange;
import org.amparo.shared.domain.NotFoundException;

import java.io.InputStream;
import java.util.List;

/**
 * Reading a case file: the whole file, its history, and its documents. Privileged notes (and their history) reach
 * only attorneys and supervisors. Every read of a file or a document is audited.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
public class CaseFileQueries {

    @Inject
    org.amparo.cases.domain.DetentionCases cases;

    @Inject
    org.amparo.cases.domain.CaseRecords records;

    @Inject
    CaseFileQuery query;

    @Inject
    AuditedChanges changes;

    @Inject
    DocumentStore store;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    @Inject
    org.amparo.cases.application.CaseAccess access;

    /** The whole file, as the case-file page shows it. */
    public CaseFile file(long caseId) {
        access.require(caseId);
        CaseFile file = query.load(caseId, mayReadPrivileged()).orElseThrow(() -> new NotFoundException("Case", caseId));
        audit.record("case.file.viewed", "DetentionCase", caseId, null);
        return file;
    }

    /** Who changed which field of the file, when, from what to what; oldest first. */
    public List<FieldChange> history(long caseId) {
        access.require(caseId);
        List<FieldChange> history = changes.ofCase(cases.require(caseId), mayReadPrivileged());
        audit.record("case.history.viewed", "DetentionCase", caseId, null);
        return history;
    }

    /** A document's description and bytes; the caller closes the stream. */
    public StoredDocument document(long caseId, long documentId) {
        access.require(caseId);
        CaseDocument doc = records.document(caseId, documentId).orElseThrow(() -> new NotFoundException("Document", documentId));
        audit.record("case.document.viewed", "DetentionCase", caseId, "document=" + documentId);
        return new StoredDocument(doc.getFileName(), doc.getContentType(), doc.getSizeBytes(), store.open(doc.getStorageKey()));
    }

    /** A stored document as it goes back to the browser. */
    public record StoredDocument(String fileName, String contentType, long sizeBytes, InputStream content) {
    }

    private boolean mayReadPrivileged() {
        return Roles.readsPrivileged(session::isCallerInRole);
    }
}
