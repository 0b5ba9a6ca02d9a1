/** Stories and their uses with JPA. */
package org.amparo.stories.infrastructure;
