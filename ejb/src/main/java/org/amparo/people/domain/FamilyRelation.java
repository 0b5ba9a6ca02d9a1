package org.amparo.people.domain;

/** How a family member is related to the detained person. */
public enum FamilyRelation {
    CHILD, SPOUSE, PARTNER, PARENT, SIBLING, OTHER
}
