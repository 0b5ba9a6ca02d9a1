package org.amparo.monitoring.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.amparo.audit.application.AuditLog;
import org.amparo.casefile.infrastructure.AuditedChanges;
import org.amparo.monitoring.domain.Authority;
import org.amparo.monitoring.infrastructure.AuthorityStore;
import org.amparo.reference.domain.Jurisdictions;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A jurisdiction's authorities (issue 14 item 1, the toolkit's "Mapping Local Authorities"): who has the power to make
 * policy about ICE collaboration there, elected or appointed, with public contacts and the next election. They are
 * public officials, so every role reads them; the roles that work cases and run campaigns record them (staff read
 * only). Each change is checked whole, refused naming the field, audited (ids and codes only), and kept as a revision;
 * an edit made on an older version than the one stored is refused with what the other person changed.
 */
@Stateless
@Interceptors(DomainRules.class)
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
public class JurisdictionAuthorities {

    /** At most this many authorities per jurisdiction (a big city council and a county board fit). */
    static final int MAX_PER_JURISDICTION = 100;

    @Inject
    AuthorityStore store;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    AuditedChanges changes;

    @Inject
    AuditLog audit;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * The jurisdiction's authorities, in the toolkit's order of offices.
     *
     * @throws NotFoundException when there is no such jurisdiction
     */
    public List<AuthorityView> of(long jurisdictionId) {
        requireJurisdiction(jurisdictionId);
        return store.of(jurisdictionId).stream().map(AuthorityView::of).toList();
    }

    /**
     * Records an authority of the jurisdiction.
     *
     * @return the new authority
     * @throws NotFoundException when there is no such jurisdiction
     * @throws org.amparo.shared.domain.InvalidInputException naming the field
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public AuthorityView add(long jurisdictionId, AuthorityForm form) {
        check(form);
        requireJurisdiction(jurisdictionId);
        if (store.of(jurisdictionId).size() >= MAX_PER_JURISDICTION) {
            throw validation.invalid("office", "amparo.validation.tooMany", MAX_PER_JURISDICTION);
        }
        Authority authority = new Authority(jurisdictionId, form.details(), me(), clock.instant());
        store.add(authority);
        audit.record("authority.added", "Authority", authority.getId(), describe(authority));
        return AuthorityView.of(authority);
    }

    /**
     * Replaces what is recorded about an authority, from the version the person read.
     *
     * @throws NotFoundException when there is no such authority in that jurisdiction
     * @throws org.amparo.shared.domain.EditConflictException when someone changed it since that version
     * @throws org.amparo.shared.domain.InvalidInputException naming the field
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public AuthorityView update(long jurisdictionId, long authorityId, AuthorityForm form) {
        check(form);
        Authority authority = authority(jurisdictionId, authorityId);
        requireVersion(authority, form.version());
        Instant now = clock.instant();
        authority.change(form.details(), me(), now);
        store.flush();
        audit.record("authority.updated", "Authority", authorityId, describe(authority));
        return AuthorityView.of(authority);
    }

    /**
     * Removes an authority (an office abolished, or recorded by mistake); its revisions stay in the history.
     *
     * @throws NotFoundException when there is no such authority in that jurisdiction
     * @throws org.amparo.shared.domain.EditConflictException when someone changed it since the version the person read
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public void remove(long jurisdictionId, long authorityId, Integer version) {
        if (version == null) {
            throw validation.invalid("version", "amparo.validation.required");
        }
        Authority authority = authority(jurisdictionId, authorityId);
        requireVersion(authority, version);
        String detail = describe(authority);
        store.remove(authority);
        audit.record("authority.removed", "Authority", authorityId, detail);
    }

    private void check(AuthorityForm form) {
        if (form == null) {
            throw validation.invalid("office", "amparo.validation.required");
        }
        validation.check(form);
    }

    private void requireVersion(Authority authority, int expected) {
        changes.requireVersion(Authority.class, authority.getId(), authority.getVersion(), expected, "Authority");
    }

    private Authority authority(long jurisdictionId, long authorityId) {
        return store.find(authorityId).filter(a -> a.getJurisdictionId() == jurisdictionId)
                .orElseThrow(() -> new NotFoundException("Authority", authorityId));
    }

    private void requireJurisdiction(long id) {
        if (jurisdictions.find(id).isEmpty()) {
            throw new NotFoundException("Jurisdiction", id);
        }
    }

    /** Ids and codes only. */
    private static String describe(Authority a) {
        Authority.Details d = a.details();
        return "jurisdiction=" + a.getJurisdictionId() + " office=" + d.office()
                + (d.selection() == null ? "" : " selection=" + d.selection());
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
