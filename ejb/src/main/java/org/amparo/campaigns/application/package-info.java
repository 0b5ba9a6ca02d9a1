/** Use cases of campaigns: starting one in a jurisdiction, its asks and where they stand. */
package org.amparo.campaigns.application;
