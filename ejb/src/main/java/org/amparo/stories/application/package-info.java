/** The use cases of stories: record, edit, consent, withdraw, vet; each one transaction, audited with ids only. */
package org.amparo.stories.application;
