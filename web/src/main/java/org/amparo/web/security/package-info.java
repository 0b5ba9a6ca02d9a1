/** What every answer of the web module carries and how refusals are answered: headers, and 403 for a refused role. */
package org.amparo.web.security;
