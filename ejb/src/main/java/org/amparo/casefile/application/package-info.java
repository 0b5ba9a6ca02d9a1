/**
 * The case file's use cases: editing every record of a person's file (biography, immigration and criminal history,
 * custody, ICE requests, notes, documents), its history, intake drafts and the duplicate check. Every change that
 * touches the screening facts re-screens the case in the same transaction.
 */
package org.amparo.casefile.application;
