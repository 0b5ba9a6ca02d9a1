/** Value objects and exceptions every part of the domain shares. */
package org.amparo.shared.domain;
