package org.amparo.hotline.domain;

/** What a call was about: a person just detained, an enforcement event (a raid, a checkpoint), both, or neither. */
public enum CallKind {
    PERSON_DETAINED,
    ENFORCEMENT_ACTIVITY,
    PERSON_AND_ACTIVITY,
    OTHER
}
