package org.amparo.filters.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.audit.application.AuditLog;
import org.amparo.filters.domain.FilterPage;
import org.amparo.filters.domain.SavedFilter;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.FieldError;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.shared.domain.NotFoundException;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The filters each person saves on the case list and the task inbox, for themselves only: list them, save one under a
 * name (the same name again replaces it), delete one. Bad input is refused whole, naming the field; every change is
 * audited (the list and how many criteria, never the name a person gave it).
 */
@Stateless
@Interceptors(DomainRules.class)
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
public class SavedFilters {

    /** How many filters one person keeps on one list. */
    public static final int MAX_PER_PAGE = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidation validation;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The caller's filters on a list named by its code ({@code CASES}, {@code TASKS}); another name is a 400 on {@code page}. */
    public List<SavedFilterView> mine(String page) {
        return mine(page(page));
    }

    /** The caller's filters on a list, by name. */
    public List<SavedFilterView> mine(FilterPage page) {
        return em.createQuery("select f from SavedFilter f where f.username = :me and f.page = :page order by lower(f.name), f.id",
                        SavedFilter.class).setParameter("me", me()).setParameter("page", page).getResultList()
                .stream().map(SavedFilters::view).toList();
    }

    /** One of the caller's filters; another person's is not found, like one that does not exist. */
    public SavedFilterView find(long id) {
        return view(own(id));
    }

    /** Saves the criteria under the name on the list; the same name again replaces its criteria. */
    public SavedFilterView save(SaveFilterCommand command) {
        if (command == null) {
            throw validation.invalid("body", "amparo.validation.required");
        }
        FilterPage page = page(command.page());
        if (!page.openTo(session::isCallerInRole)) {
            throw validation.invalid("page", "amparo.validation.filterPageNotYours");
        }
        String name = command.name() == null ? "" : command.name().strip();
        if (name.isEmpty()) {
            throw validation.invalid("name", "amparo.validation.required");
        }
        if (name.length() > SavedFilter.NAME_MAX || name.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.of("name", validation.message("amparo.validation.filterName", SavedFilter.NAME_MAX));
        }
        List<FieldError> errors = FilterCriteria.problems(page, command.criteria()).stream()
                .map(p -> new FieldError(p.field(), p.argument() == null ? validation.message(p.messageKey())
                        : validation.message(p.messageKey(), p.argument()))).toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String criteria = FilterCriteria.format(page, command.criteria());
        SavedFilter existing = em.createQuery("select f from SavedFilter f where f.username = :me and f.page = :page and f.name = :name",
                        SavedFilter.class).setParameter("me", me()).setParameter("page", page).setParameter("name", name)
                .getResultList().stream().findFirst().orElse(null);
        SavedFilter saved;
        if (existing != null) {
            existing.replaceCriteria(criteria, clock.instant());
            saved = existing;
        } else {
            long count = em.createQuery("select count(f) from SavedFilter f where f.username = :me and f.page = :page", Long.class)
                    .setParameter("me", me()).setParameter("page", page).getSingleResult();
            if (count >= MAX_PER_PAGE) {
                throw validation.invalid("name", "amparo.validation.tooManyFilters", MAX_PER_PAGE);
            }
            saved = new SavedFilter(me(), page, name, criteria, clock.instant());
            em.persist(saved);
            em.flush();
        }
        audit.record(existing == null ? "filters.saved" : "filters.replaced", "SavedFilter", String.valueOf(saved.getId()),
                "list=" + page + " criteria=" + FilterCriteria.parse(page, criteria).size());
        return view(saved);
    }

    /** Deletes one of the caller's filters. */
    public void delete(long id) {
        SavedFilter filter = own(id);
        em.remove(filter);
        audit.record("filters.deleted", "SavedFilter", String.valueOf(id), "list=" + filter.getPage());
    }

    private SavedFilter own(long id) {
        SavedFilter filter = em.find(SavedFilter.class, id);
        if (filter == null || !filter.getUsername().equals(me())) {
            throw new NotFoundException("SavedFilter", id);
        }
        return filter;
    }

    private FilterPage page(String page) {
        try {
            return FilterPage.valueOf(page == null ? "" : page.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw validation.invalid("page", "amparo.validation.filterPage");
        }
    }

    private static SavedFilterView view(SavedFilter f) {
        Map<String, String> criteria = FilterCriteria.parse(f.getPage(), f.getCriteria());
        return new SavedFilterView(f.getId(), f.getPage().name(), f.getName(), criteria, f.getCreatedAt());
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
