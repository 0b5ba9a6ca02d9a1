package org.amparo.campaigns.domain;

/** Who does what at a meeting with law enforcement (the toolkit's prep meeting assigns them), and who was met. */
public enum MeetingRole {
    FACILITATOR,
    NOTE_TAKER,
    QUESTIONER,
    STORYTELLER,
    COMMUNITY_MEMBER,
    ALLY,
    LAW_ENFORCEMENT,
    OFFICIAL,
    OTHER
}
