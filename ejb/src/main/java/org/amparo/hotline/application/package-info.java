/** The hotline's use cases: log a call, read the log, count calls by hour and day. */
package org.amparo.hotline.application;
