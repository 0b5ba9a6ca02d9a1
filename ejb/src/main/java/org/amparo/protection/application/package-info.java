/** The use cases of data protection: re-encrypting what is on file under the current key. */
package org.amparo.protection.application;
