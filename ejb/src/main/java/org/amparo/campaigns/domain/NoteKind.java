package org.amparo.campaigns.domain;

/**
 * What a campaign note is, after the toolkit's "Getting Your Campaign into Gear": what the research found (step 1),
 * an overarching goal the team agreed on (step 2), or an outcome: what the campaign won or lost, and when.
 */
public enum NoteKind {
    GOAL, RESEARCH, OUTCOME
}
