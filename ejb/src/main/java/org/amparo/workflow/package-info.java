/** The port to the case workflow engine; the workflows module adapts Flowable to it. */
package org.amparo.workflow;
