/** Reading reference data. */
package org.amparo.reference.application;
