package org.amparo.web.tasks;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.security.domain.Roles;
import org.amparo.tasks.application.TaskInbox;

/**
 * The menu's inbox entry and its count: shown only to roles that have an inbox, so the count is never asked for a
 * role that may not read it (staff); asked once per page.
 */
@Named
@RequestScoped
public class TaskBadge {

    @Inject
    TaskInbox inbox;

    private Boolean shown;
    private Long count;

    /** Whether the signed-in user has a task inbox at all. */
    public boolean isShown() {
        if (shown == null) {
            shown = Roles.hasInbox(FacesContext.getCurrentInstance().getExternalContext()::isUserInRole);
        }
        return shown;
    }

    /** The inbox's count; only read where {@link #isShown()}. */
    public long getCount() {
        if (count == null) {
            count = isShown() ? inbox.count() : 0L;
        }
        return count;
    }
}
