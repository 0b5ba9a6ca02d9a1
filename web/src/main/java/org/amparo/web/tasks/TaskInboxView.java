package org.amparo.web.tasks;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.tasks.application.TaskInbox;
import org.amparo.web.Messages;
import org.amparo.workflow.WorkTask;

import java.io.Serializable;
import java.util.List;

/** The task inbox: my tasks and my groups' unclaimed ones; claim and release. */
@Named
@ViewScoped
public class TaskInboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskInbox inbox;

    private List<WorkTask> tasks;

    public List<WorkTask> getTasks() {
        if (tasks == null) {
            tasks = inbox.mine();
        }
        return tasks;
    }

    public void claim(String taskId) {
        inbox.claim(taskId);
        tasks = null;
        Messages.info("task.claimed");
    }

    public void release(String taskId) {
        inbox.release(taskId);
        tasks = null;
        Messages.info("task.released");
    }
}
