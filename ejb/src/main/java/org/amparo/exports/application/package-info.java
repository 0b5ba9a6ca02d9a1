/** Exports too big for a request: run in the background for their owner, with progress, downloaded when ready. */
package org.amparo.exports.application;
