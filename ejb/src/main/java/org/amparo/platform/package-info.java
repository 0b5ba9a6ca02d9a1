/** What the application needs to run: schema migration at start-up, health checks. */
package org.amparo.platform;
