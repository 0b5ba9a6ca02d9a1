package org.amparo.web.tasks;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.security.domain.Roles;
import org.amparo.tasks.application.TaskInbox;

/** The number of tasks in my inbox, for the menu's badge; asked once per page. */
@Named
@RequestScoped
public class TaskBadge {

    @Inject
    TaskInbox inbox;

    private Long count;

    public long getCount() {
        if (count == null) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            boolean hasInbox = Roles.ALL.stream().filter(r -> !Roles.STAFF.equals(r)).anyMatch(external::isUserInRole);
            count = hasInbox ? inbox.count() : 0L;
        }
        return count;
    }
}
