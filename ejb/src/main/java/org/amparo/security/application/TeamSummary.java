package org.amparo.security.application;

import java.io.Serializable;
import java.util.List;

/** A team as the admin page and API show it: its members (usernames) and the jurisdictions given to it. */
public record TeamSummary(long id, String name, List<String> members, List<JurisdictionRef> jurisdictions) implements Serializable {

    /** A jurisdiction given to the team. */
    public record JurisdictionRef(long id, String name, String stateCode) implements Serializable {
    }
}
