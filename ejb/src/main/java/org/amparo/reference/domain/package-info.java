/** Reference data: jurisdictions and their detainer policies, facilities, the kinds of ICE documents. */
package org.amparo.reference.domain;
