package org.amparo.web;

import org.amparo.filters.application.SaveFilterCommand;
import org.amparo.filters.application.SavedFilterView;
import org.amparo.filters.application.SavedFilters;
import org.amparo.filters.domain.FilterPage;
import org.amparo.shared.domain.InvalidInputException;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "my filters" bar of a list page (the case list, the task inbox): the person's saved filters, the one chosen,
 * and the name to save the list's current filters under. The page's view applies a filter's criteria to itself;
 * this keeps the list and the choice, and makes the service calls (WEB-INF/includes/savedFilters.xhtml).
 */
public class SavedFilterBar implements Serializable {

    private static final long serialVersionUID = 1L;

    private final FilterPage page;
    private List<SavedFilterView> filters;
    private Long chosen;
    private String name;

    public SavedFilterBar(FilterPage page) {
        this.page = page;
    }

    public List<SavedFilterView> filters(SavedFilters service) {
        if (filters == null) {
            filters = service.mine(page);
        }
        return filters;
    }

    /** The filter chosen in the drop-down, if it is still one of the person's. */
    public Optional<SavedFilterView> chosen(SavedFilters service) {
        return chosen == null ? Optional.empty() : filters(service).stream().filter(f -> f.id() == chosen).findFirst();
    }

    /** Saves the criteria under the typed name; a bad name or no criteria is shown against the field, nothing saved. */
    public void save(SavedFilters service, Map<String, String> criteria) {
        try {
            SavedFilterView saved = service.save(new SaveFilterCommand(page.name(), name, criteria));
            filters = null;
            chosen = saved.id();
            name = null;
            Messages.info("filters.saved", saved.name());
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("savedFilters", invalid);
        }
    }

    /** Deletes the chosen filter. */
    public void delete(SavedFilters service) {
        chosen(service).ifPresent(f -> {
            try {
                service.delete(f.id());
            } catch (org.amparo.shared.domain.NotFoundException alreadyGone) {
                // deleted meanwhile, in another window: gone all the same
            }
            Messages.info("filters.deleted", f.name());
        });
        filters = null;
        chosen = null;
    }

    public Long getChosen() {
        return chosen;
    }

    public void setChosen(Long chosen) {
        this.chosen = chosen;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
