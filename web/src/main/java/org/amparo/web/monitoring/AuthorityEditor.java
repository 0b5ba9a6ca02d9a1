package org.amparo.web.monitoring;

import org.amparo.monitoring.application.AuthorityForm;
import org.amparo.monitoring.application.AuthorityView;
import org.amparo.monitoring.domain.AuthorityOffice;
import org.amparo.monitoring.domain.AuthoritySelection;

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

    private Long editing;
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

    /** After a conflict: saving again applies this input over the other person's change, on purpose. */
    void overwriteFrom(int currentVersion) {
        version = currentVersion;
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
