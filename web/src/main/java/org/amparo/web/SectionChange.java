package org.amparo.web;

import org.amparo.shared.domain.FieldError;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.shared.domain.NotFoundException;

import java.util.Map;

/**
 * A change made from one section of a page that lists a record's parts (a campaign's asks, meetings, targets, allies,
 * steps), as each of those sections makes it, so they all answer alike: saved as {@link VersionedSave} saves; the
 * service's field errors shown against the section's inputs (services name a command's fields, a page's inputs have
 * ids of their own); a part someone removed since the page was read shown as changed meanwhile against one input, since
 * the form has no field for it. After a save, a conflict or a removed part the section reads the record again.
 */
public final class SectionChange {

    private SectionChange() {
    }

    /**
     * Runs the change and shows how it went.
     *
     * @param formId    the form the section's inputs are in
     * @param inputs    input ids by the field an error names; a field not in it keeps its name
     * @param goneInput the input that shows that the part was removed meanwhile
     * @param reread    forgets what the section read, so it reads it again
     * @return whether the change was saved
     */
    public static boolean attempt(String formId, Map<String, String> inputs, String goneInput, Runnable reread, Runnable change) {
        VersionedSave.Outcome outcome = VersionedSave.attempt(formId, () -> {
            try {
                change.run();
            } catch (InvalidInputException invalid) {
                throw onInputs(invalid, inputs);
            } catch (NotFoundException gone) {
                reread.run();
                throw InvalidInputException.of(goneInput, Messages.text("campaign.changedMeanwhile"));
            }
        });
        if (outcome.saved() || outcome.currentVersion() != null) {
            reread.run();
        }
        return outcome.saved();
    }

    /** The same errors, each against the input that the map gives for its field (or the field itself, if none). */
    public static InvalidInputException onInputs(InvalidInputException invalid, Map<String, String> inputs) {
        return new InvalidInputException(invalid.errors().stream()
                .map(e -> new FieldError(inputs.getOrDefault(e.field(), e.field()), e.message())).toList());
    }
}
