/** JPA repositories of the reference lists. */
package org.amparo.reference.infrastructure;
