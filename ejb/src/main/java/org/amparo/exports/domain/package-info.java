/** What a de-identified export shows instead of identifying values (age bands). */
package org.amparo.exports.domain;
