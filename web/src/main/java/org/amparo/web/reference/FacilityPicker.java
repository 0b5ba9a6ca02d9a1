package org.amparo.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.reference.application.ReferenceQueries;
import org.amparo.reference.application.ReferenceQueries.FacilityOption;

import java.util.List;

/** A facility picked by typing part of its name, city or state ({@link ReferencePicker}). */
@Named
@ViewScoped
public class FacilityPicker extends ReferencePicker<FacilityOption> {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceQueries reference;

    @Override
    protected List<FacilityOption> load() {
        return reference.facilities();
    }

    @Override
    protected long id(FacilityOption o) { return o.id(); }

    @Override
    protected String name(FacilityOption o) { return o.name(); }

    @Override
    protected String city(FacilityOption o) { return o.city(); }

    @Override
    protected String stateCode(FacilityOption o) { return o.stateCode(); }

    @Override
    protected String unknownKey() { return "call.facilityUnknown"; }
}
