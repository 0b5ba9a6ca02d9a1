package org.amparo.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.reference.application.ReferenceQueries;
import org.amparo.reference.application.ReferenceQueries.JurisdictionOption;

import java.util.List;

/** A jurisdiction picked by typing part of its name or state ({@link ReferencePicker}). */
@Named
@ViewScoped
public class JurisdictionPicker extends ReferencePicker<JurisdictionOption> {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceQueries reference;

    @Override
    protected List<JurisdictionOption> load() {
        return reference.jurisdictions();
    }

    @Override
    protected long id(JurisdictionOption o) { return o.id(); }

    @Override
    protected String name(JurisdictionOption o) { return o.name(); }

    @Override
    protected String city(JurisdictionOption o) { return null; }

    @Override
    protected String stateCode(JurisdictionOption o) { return o.stateCode(); }

    @Override
    protected String unknownKey() { return "picker.jurisdictionUnknown"; }
}
