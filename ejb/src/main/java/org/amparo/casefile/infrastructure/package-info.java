/** How the case file is stored and read: Envers history, the document store outside the web root, the file's queries. */
package org.amparo.casefile.infrastructure;
