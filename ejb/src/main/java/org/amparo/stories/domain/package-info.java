/**
 * Stories on a case (issue 14 item 4): a person's testimony with their consent and an attorney's vetting, and where
 * each story was used. Without both consent and vetting a story never leaves the case file.
 */
package org.amparo.stories.domain;
