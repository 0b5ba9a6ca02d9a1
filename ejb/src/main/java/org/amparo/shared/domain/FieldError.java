package org.amparo.shared.domain;

import java.io.Serializable;

/** One problem with one input field, in words the person who typed it can act on. */
public record FieldError(String field, String message) implements Serializable {
}
