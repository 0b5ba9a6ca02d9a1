package org.amparo.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.amparo.casefile.application.CaseFileForms;
import org.amparo.cases.application.OpenCaseCommand;
import org.amparo.reference.application.ReferenceForms;

import java.util.Map;

/**
 * Which fields a form's command requires, read from the command's own constraints ({@code @NotNull}, {@code @NotBlank}),
 * so the required marker on a label ({@code #{requiredFields.of(id)}} in the field includes) never disagrees with the
 * message a save gives (issue 21). Forms are known by their id, which the pages name after the command.
 */
@Named
@ApplicationScoped
public class RequiredFields {

    static final Map<String, Class<? extends Record>> COMMANDS = Map.ofEntries(
            Map.entry("intake", OpenCaseCommand.class),
            Map.entry("person", CaseFileForms.PersonForm.class),
            Map.entry("immigration", CaseFileForms.ImmigrationForm.class),
            Map.entry("aliases", CaseFileForms.AliasForm.class),
            Map.entry("family", CaseFileForms.FamilyMemberForm.class),
            Map.entry("entries", CaseFileForms.EntryForm.class),
            Map.entry("orders", CaseFileForms.RemovalOrderForm.class),
            Map.entry("applications", CaseFileForms.ApplicationForm.class),
            Map.entry("removals", CaseFileForms.PriorRemovalForm.class),
            Map.entry("chargeForm", CaseFileForms.ChargeForm.class),
            Map.entry("courtForm", CaseFileForms.CourtDateForm.class),
            Map.entry("custody", CaseFileForms.CustodyForm.class),
            Map.entry("iceForm", CaseFileForms.IceRequestForm.class),
            Map.entry("notes", CaseFileForms.NoteForm.class),
            Map.entry("reportForm", org.amparo.hotline.application.FileReportCommand.class),
            Map.entry("openForm", org.amparo.hotline.application.OpenCaseFromReportCommand.class),
            Map.entry("jurisdictionForm", ReferenceForms.JurisdictionForm.class),
            Map.entry("facilityForm", ReferenceForms.FacilityForm.class));

    /** Whether the form around the component being rendered requires the field {@code id}. */
    public boolean of(String id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent at = faces == null ? null : UIComponent.getCurrentComponent(faces);
        while (at != null && !(at instanceof UIForm)) {
            at = at.getParent();
        }
        return at != null && requires(at.getId(), id);
    }

    /** Whether the command behind form {@code formId} requires its field {@code field}. */
    public static boolean requires(String formId, String field) {
        Class<? extends Record> command = COMMANDS.get(formId);
        if (command == null || field == null) {
            return false;
        }
        try {
            var declared = command.getDeclaredField(field);
            return declared.isAnnotationPresent(NotNull.class) || declared.isAnnotationPresent(NotBlank.class)
                    || declared.isAnnotationPresent(NotEmpty.class);
        } catch (NoSuchFieldException notInTheCommand) {
            return false;
        }
    }
}
