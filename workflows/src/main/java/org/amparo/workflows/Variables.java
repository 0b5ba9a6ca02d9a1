package org.amparo.workflows;

import org.flowable.common.engine.api.variable.VariableContainer;

/** Names of the case process variables. They hold ids and decisions, never entities or personal data. */
final class Variables {

    static final String CASE_ID = "caseId";
    static final String OUTCOME = "outcome";

    private Variables() {
    }

    /** Sets variables on the process instance, so every branch and subprocess sees the same facts. */
    static void setOnProcess(org.flowable.engine.delegate.DelegateExecution execution, java.util.Map<String, Object> variables) {
        org.flowable.engine.delegate.DelegateExecution top = execution;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        top.setVariables(variables);
    }

    static long caseId(VariableContainer scope) {
        Object id = scope.getVariable(CASE_ID);
        if (!(id instanceof Number n)) {
            throw new IllegalStateException("Process has no caseId variable");
        }
        return n.longValue();
    }
}
