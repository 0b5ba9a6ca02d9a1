package org.amparo.cases.application;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a case list and how many cases match the criteria: exactly when {@code totalExact}, otherwise more than
 * {@code total} (the list counts no further than {@link CaseQueries#COUNT_CAP}; narrow the criteria to see the rest).
 * {@code next}, for a list sorted by case id, is the last case of a full page: the {@code after} of the next page
 * (keyset paging, {@link CaseQueries#listAfter}); null on the last page and in any other order.
 */
public record CasePage(List<CaseSummary> rows, long total, boolean totalExact, Long next) implements Serializable {
}
