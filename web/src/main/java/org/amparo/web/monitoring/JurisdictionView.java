package org.amparo.web.monitoring;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.amparo.monitoring.application.JurisdictionMonitoring;
import org.amparo.monitoring.application.JurisdictionPage;
import org.amparo.shared.domain.NotFoundException;

import java.io.Serializable;

/** One jurisdiction's page ({@code jurisdictions/view.xhtml?id=}): loads it once per view; an unknown id says so. */
@Named
@ViewScoped
public class JurisdictionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    JurisdictionMonitoring monitoring;

    private String id;
    private JurisdictionPage page;
    private boolean loaded;

    /** Loads the jurisdiction; a missing, malformed or unknown id leaves the page saying there is no such jurisdiction. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            page = monitoring.page(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException | NotFoundException e) {
            page = null;
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public JurisdictionPage getPage() {
        return page;
    }
}
