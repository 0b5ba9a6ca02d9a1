/** The task inbox's queries over the cases its tasks belong to. */
package org.amparo.tasks.infrastructure;
