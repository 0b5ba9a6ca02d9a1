/** The Flowable adapter: engine bootstrap, the CaseProcess implementation, BPMN listeners. */
package org.amparo.workflows;
