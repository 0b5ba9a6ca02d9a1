package org.amparo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.amparo.tasks.application.TaskInbox;
import org.amparo.workflow.WorkTask;

import java.util.List;

/** {@code /api/v1/tasks}: the caller's task inbox, as the inbox page shows it. */
@Path("v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    TaskInbox inbox;

    @GET
    public List<WorkTask> mine() {
        return inbox.mine();
    }
}
