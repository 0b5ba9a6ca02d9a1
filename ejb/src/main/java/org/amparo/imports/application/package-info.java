/** Imports: preview, validate, then commit all or nothing; ICE's reference files first. */
package org.amparo.imports.application;
