/** Detained people: biographical facts and the criminal history chain arrest -> charge -> disposition. */
package org.amparo.people.domain;
