package org.amparo.process;

import java.io.Serializable;
import java.util.List;

/** The deployed BPMN of a case's process version, with the activities it is at and those it has passed. */
public record ProcessDiagram(String bpmnXml, List<String> activeActivityIds, List<String> completedActivityIds)
        implements Serializable {
}
