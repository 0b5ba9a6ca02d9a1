package org.amparo.workflows;

import org.flowable.engine.ProcessEngine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The key of a process definition by its id, for the rows of {@link TaskRows}: a definition's id and key never change,
 * so each is read once from the engine's repository (its own cache of deployed definitions) and then kept.
 */
final class ProcessKeys {

    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    private ProcessKeys() {
    }

    /** The definition's process key; null for no definition (a task outside any process). */
    static String of(ProcessEngine engine, String definitionId) {
        return definitionId == null ? null
                : KEYS.computeIfAbsent(definitionId, id -> engine.getRepositoryService().getProcessDefinition(id).getKey());
    }
}
