/** How the history is written: Envers, and what a long import needs from it. */
package org.amparo.audit.infrastructure;
