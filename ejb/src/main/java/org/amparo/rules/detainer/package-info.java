/** ICE documents: the hold clock (48 hours, or 48 business hours for the legacy I-247) and the findings on each. */
package org.amparo.rules.detainer;
