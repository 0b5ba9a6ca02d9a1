/**
 * Personal data at rest: identifiers, contacts and notes encrypted under keys kept outside the database
 * ({@code infrastructure.KeyRing}), exact search through keyed blind indexes, and the re-encryption job that moves
 * everything on file to the current key after a rotation.
 */
package org.amparo.protection;
