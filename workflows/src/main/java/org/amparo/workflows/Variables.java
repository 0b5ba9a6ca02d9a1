package org.amparo.workflows;

import org.flowable.common.engine.api.variable.VariableContainer;

/** Names of the case process variables. They hold ids and decisions, never entities or personal data. */
final class Variables {

    static final String CASE_ID = "caseId";
    static final String HAS_ACTIVE_DETAINER = "hasActiveDetainer";
    static final String OUTCOME = "outcome";

    private Variables() {
    }

    static long caseId(VariableContainer scope) {
        Object id = scope.getVariable(CASE_ID);
        if (!(id instanceof Number n)) {
            throw new IllegalStateException("Process has no caseId variable");
        }
        return n.longValue();
    }
}
