/** The user accounts' repository, implemented with JPA on the tables the Elytron realm reads. */
package org.amparo.security.infrastructure;
