package org.amparo.tasks.application;

import java.io.Serializable;
import java.util.List;

/**
 * The most urgent tasks of an inbox, after its filters, and how many tasks the filters let through in all: the inbox is
 * ranked whole, so the first tasks are the most urgent of every one of them, however many there are.
 */
public record InboxPage(List<InboxItem> items, int total) implements Serializable {

    /** Whether some tasks are not listed (more than were asked for). */
    public boolean cut() {
        return total > items.size();
    }
}
