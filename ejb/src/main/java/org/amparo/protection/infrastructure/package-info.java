/**
 * Protection of personal data at rest: the key ring (kept outside the database), authenticated field encryption
 * (AES-256-GCM) applied by JPA attribute converters, and keyed blind indexes (HMAC-SHA-256) that let the application
 * find a record by an exact identifier without storing the identifier in clear.
 */
package org.amparo.protection.infrastructure;
