/** Account pages: an administrator's account list and sessions, and everyone's own password change. */
package org.amparo.web.accounts;
