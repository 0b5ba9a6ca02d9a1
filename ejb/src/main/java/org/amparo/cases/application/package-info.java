/** Case use cases: opening cases, listing and exporting them, recording workflow progress. */
package org.amparo.cases.application;
