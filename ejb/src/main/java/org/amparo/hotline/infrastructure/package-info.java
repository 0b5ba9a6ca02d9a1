/** The call log in the database. */
package org.amparo.hotline.infrastructure;
