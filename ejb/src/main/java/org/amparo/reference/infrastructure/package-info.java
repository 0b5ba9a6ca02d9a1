/** The reference data's repositories, implemented with JPA. */
package org.amparo.reference.infrastructure;
