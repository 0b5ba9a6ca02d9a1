/** The dashboard's rules that need no database: which part of a period the kept counts can answer. */
package org.amparo.dashboard.domain;
