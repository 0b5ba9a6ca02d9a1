package org.amparo.tasks.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.NotFoundException;
import org.amparo.workflow.CaseWorkflow;
import org.amparo.workflow.WorkTask;

import java.util.List;

/**
 * The signed-in user's work: tasks assigned to them and unclaimed tasks of their roles. A user can only claim a
 * task their roles make them a candidate for; the groups come from the server's idea of the caller, never from input.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
public class TaskInbox {

    @Inject
    CaseWorkflow workflow;

    @Resource
    SessionContext session;

    /** My tasks and my groups' unclaimed tasks, due soonest first. */
    public List<WorkTask> mine() {
        return workflow.inbox(caller(), myGroups());
    }

    /** Takes a task from my groups' queue. */
    public void claim(String taskId) {
        WorkTask task = visible(taskId);
        if (task.assignee() != null && !task.assignee().equals(caller())) {
            throw new IllegalStateException("Task already claimed by someone else");
        }
        workflow.claim(taskId, caller());
    }

    /** Gives a task I claimed back to my groups. */
    public void release(String taskId) {
        visible(taskId);
        workflow.release(taskId, caller());
    }

    private WorkTask visible(String taskId) {
        return mine().stream().filter(t -> t.id().equals(taskId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Task", taskId));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private List<String> myGroups() {
        return Roles.ALL.stream().filter(session::isCallerInRole).toList();
    }
}
