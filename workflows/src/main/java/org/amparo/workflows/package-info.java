/** The Flowable adapter: engine bootstrap, the CaseWorkflow implementation, BPMN listeners. */
package org.amparo.workflows;
