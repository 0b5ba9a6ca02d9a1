/** Recording audit events. */
package org.amparo.audit.application;
