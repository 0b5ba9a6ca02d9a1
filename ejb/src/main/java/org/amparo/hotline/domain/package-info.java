/** The hotline (DOMAIN.md section 6, issue 15): the log of every call taken, whatever came of it. */
package org.amparo.hotline.domain;
