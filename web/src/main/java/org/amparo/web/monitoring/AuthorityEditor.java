package org.amparo.web.monitoring;

import org.amparo.monitoring.application.AuthorityForm;
import org.amparo.monitoring.application.AuthorityView;
import org.amparo.monitoring.domain.AuthorityOffice;
import org.amparo.monitoring.domain.AuthoritySelection;
import org.amparo.web.VersionedSave;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * The jurisdiction page's form for one authority: empty to add one, filled from a recorded one to edit it. Holds the
 * inputs between requests; the rules are the domain's.
 */
public class AuthorityEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's input ids by the field an error names, so that an error reads with the input's own label. */
    static final Map<String, String> INPUTS = Map.ofEntries(Map.entry("office", "authorityOffice"),
            Map.entry("title", "authorityTitle"), Map.entry("holderName", "authorityHolder"),
            Map.entry("selection", "authoritySelection"), Map.entry("nextElection", "authorityNextElection"),
            Map.entry("phone", "authorityPhone"), Map.entry("email", "authorityEmail"),
            Map.entry("address", "authorityAddress"), Map.entry("website", "authorityWebsite"),
            Map.entry("notes", "authorityNotes"), Map.entry("version", "authorityOffice"));

    /** The words of each field the form shows, by the field a change names: for the other person's changes. */
    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("office", "authority.office"),
            Map.entry("title", "authority.seat"), Map.entry("holderName", "authority.holder"),
            Map.entry("selection", "authority.selection"), Map.entry("nextElection", "authority.nextElection"),
            Map.entry("phone", "authority.phone"), Map.entry("email", "authority.email"),
            Map.entry("address", "authority.address"), Map.entry("website", "authority.website"),
            Map.entry("notes", "authority.notes"), Map.entry("deleted", "field.deleted"));

    private Long editing;
    /** The authority as this form read it, to tell what the user changed from what someone else changed since. */
    private AuthorityView read;
    private int version;
    private AuthorityOffice office;
    private String title;
    private String holderName;
    private AuthoritySelection selection;
    private LocalDate nextElection;
    private String phone;
    private String email;
    private String address;
    private String website;
    private String notes;

    /** Starts editing a recorded authority, from the version read. */
    void edit(AuthorityView a) {
        read = a;
        editing = a.id();
        version = a.version();
        office = a.office();
        title = a.title();
        holderName = a.holderName();
        selection = a.selection();
        nextElection = a.nextElection();
        phone = a.phone();
        email = a.email();
        address = a.address();
        website = a.website();
        notes = a.notes();
    }

    /** Back to an empty form for a new authority. */
    void clear() {
        edit(new AuthorityView(0, 0, 0, null, null, null, null, null, null, null, null, null, null, null, null));
        editing = null;
    }

    /**
     * After someone else saved the authority first ({@code now}, as it is on file): the fields this user changed keep
     * their input, the others take the other person's values, and the next save starts from that version, so that
     * saving again overwrites only what this user changed ({@link VersionedSave#mine}).
     */
    void mergeAfterConflict(AuthorityView now) {
        if (read == null) { // not reached: a conflict needs an authority being edited, which edit() read
            version = now.version();
            return;
        }
        office = VersionedSave.mine(office, read.office(), now.office());
        title = VersionedSave.mine(title, read.title(), now.title());
        holderName = VersionedSave.mine(holderName, read.holderName(), now.holderName());
        selection = VersionedSave.mine(selection, read.selection(), now.selection());
        nextElection = VersionedSave.mine(nextElection, read.nextElection(), now.nextElection());
        phone = VersionedSave.mine(phone, read.phone(), now.phone());
        email = VersionedSave.mine(email, read.email(), now.email());
        address = VersionedSave.mine(address, read.address(), now.address());
        website = VersionedSave.mine(website, read.website(), now.website());
        notes = VersionedSave.mine(notes, read.notes(), now.notes());
        read = now;
        version = now.version();
    }

    AuthorityForm form() {
        return new AuthorityForm(version, office, title, holderName, selection, nextElection, phone, email, address, website, notes);
    }

    public boolean isEditingOne() {
        return editing != null;
    }

    public Long getEditing() {
        return editing;
    }

    public AuthorityOffice getOffice() {
        return office;
    }

    public void setOffice(AuthorityOffice office) {
        this.office = office;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getHolderName() {
        return holderName;
    }

    public void setHolderName(String holderName) {
        this.holderName = holderName;
    }

    public AuthoritySelection getSelection() {
        return selection;
    }

    public void setSelection(AuthoritySelection selection) {
        this.selection = selection;
    }

    public LocalDate getNextElection() {
        return nextElection;
    }

    public void setNextElection(LocalDate nextElection) {
        this.nextElection = nextElection;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
