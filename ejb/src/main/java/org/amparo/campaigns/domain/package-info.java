/** Campaigns against a jurisdiction's collaboration with ICE, and the cases they cite (minimal for now). */
package org.amparo.campaigns.domain;
