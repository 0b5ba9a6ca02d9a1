/** JPA repository of campaigns. */
package org.amparo.campaigns.infrastructure;
