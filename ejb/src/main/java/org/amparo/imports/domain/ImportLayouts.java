package org.amparo.imports.domain;

import java.util.Optional;

/** The column mappings remembered per file layout, by the layout's signature. */
public interface ImportLayouts {

    Optional<ImportLayout> find(String signature);

    void add(ImportLayout layout);
}
