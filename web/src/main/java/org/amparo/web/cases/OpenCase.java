package org.amparo.web.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.cases.application.CaseService;
import org.amparo.cases.application.OpenCaseCommand;
import org.amparo.reference.application.ReferenceQueries;
import org.amparo.reference.application.ReferenceQueries.FacilityOption;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Messages;
import org.omnifaces.util.Faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Opening a case for a person the hotline heard about: the form's state and one service call. */
@Named
@ViewScoped
public class OpenCase implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseService cases;

    @Inject
    ReferenceQueries reference;

    private String familyName;
    private String givenNames;
    private LocalDate dateOfBirth;
    private String aNumber;
    private Long facilityId;
    private String bookingNumber;
    private List<FacilityOption> facilities;

    public String open() {
        try {
            long id = cases.openCase(new OpenCaseCommand(familyName, givenNames, dateOfBirth, aNumber, facilityId, bookingNumber));
            Faces.getFlash().setKeepMessages(true);
            Messages.info("case.opened", id);
            return "/cases/list.xhtml?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("intake", invalid);
            return null;
        }
    }

    public List<FacilityOption> getFacilities() {
        if (facilities == null) {
            facilities = reference.facilities();
        }
        return facilities;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getANumber() {
        return aNumber;
    }

    public void setANumber(String aNumber) {
        this.aNumber = aNumber;
    }

    public Long getFacilityId() {
        return facilityId;
    }

    public void setFacilityId(Long facilityId) {
        this.facilityId = facilityId;
    }

    public String getBookingNumber() {
        return bookingNumber;
    }

    public void setBookingNumber(String bookingNumber) {
        this.bookingNumber = bookingNumber;
    }
}
