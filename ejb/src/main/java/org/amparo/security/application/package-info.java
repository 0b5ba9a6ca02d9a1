/** Account use cases and password hashing. */
package org.amparo.security.application;
