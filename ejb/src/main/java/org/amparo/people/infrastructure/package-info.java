/** JPA repositories of people and their criminal histories. */
package org.amparo.people.infrastructure;
