package org.amparo.cases.application;

import java.io.Serializable;
import java.util.List;

/** One page of a case list and the number of cases matching the criteria. */
public record CasePage(List<CaseSummary> rows, long total) implements Serializable {
}
