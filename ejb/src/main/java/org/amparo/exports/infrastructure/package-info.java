/** De-identification for exports: stable keyed pseudonyms. */
package org.amparo.exports.infrastructure;
