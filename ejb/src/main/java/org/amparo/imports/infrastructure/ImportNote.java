package org.amparo.imports.infrastructure;

import java.io.Serializable;
import java.util.List;

/**
 * Something an import did that the person importing should know although no row is wrong (rows merged, "N/A" read
 * as empty, notes left out, how the file was dated): a message key of the validation bundle and its arguments.
 */
public record ImportNote(String key, List<String> args) implements Serializable {

    public static ImportNote of(String key, Object... args) {
        return new ImportNote(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** Row numbers as a short list: the first {@code max}, then "…". */
    public static String rows(List<Integer> rows) {
        int max = 15;
        String shown = String.join(", ", rows.stream().limit(max).map(String::valueOf).toList());
        return rows.size() > max ? shown + ", …" : shown;
    }
}
