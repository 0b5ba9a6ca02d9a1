package org.amparo.hotline.domain;

/** The kinds of ICE activity an enforcement-activity report names (the hotline questionnaire, DOMAIN.md section 6). */
public enum IceActivity {
    RAID,
    CHECKPOINT,
    ICE_AT_SCHOOL,
    ICE_AT_HOSPITAL,
    ICE_AT_PLACE_OF_WORSHIP,
    ICE_AT_COURTHOUSE,
    ICE_OUTSIDE_JAIL,
    ICE_IN_OTHER_PUBLIC_PLACE,
    PEP_CUSTODY_REQUEST
}
