/** The one runner of background jobs, and the sweep that marks jobs a stopped server left behind as failed. */
package org.amparo.jobs.application;
