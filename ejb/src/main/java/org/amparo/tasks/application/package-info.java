/** The task inbox: who must act next on which case. */
package org.amparo.tasks.application;
