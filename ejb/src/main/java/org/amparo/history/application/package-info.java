/**
 * The audit's changes worded for people: which field of which record changed, from what to what, in the reader's
 * language. The one place that knows every audited record's fields (the case file's people, cases and stories, the
 * jurisdiction page's authorities and money), so it sits above their modules rather than in any one of them; the
 * audit itself ({@code org.amparo.audit}) stays below them all.
 */
package org.amparo.history.application;
