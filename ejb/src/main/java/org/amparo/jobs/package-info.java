/** Background work (exports, imports, and what later issues bring): one runner over one table of jobs. */
package org.amparo.jobs;
