/** Who may sign in, with which roles. */
package org.amparo.security.domain;
