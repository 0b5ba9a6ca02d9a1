/** The aggregate queries behind the jurisdiction page and the policy map, with the per-case access rule applied. */
package org.amparo.monitoring.infrastructure;
