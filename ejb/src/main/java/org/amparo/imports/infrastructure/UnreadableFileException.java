package org.amparo.imports.infrastructure;

/** A file that cannot be imported as it is: not a spreadsheet, locked, too big, hostile, empty. Nothing was changed. */
public class UnreadableFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A message key of the validation bundle, and its arguments. */
    private final String key;
    private final transient Object[] args;

    public UnreadableFileException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }
}
