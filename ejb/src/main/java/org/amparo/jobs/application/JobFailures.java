package org.amparo.jobs.application;

/**
 * Words a job's owner reads when it failed, chosen by the kind of work from what went wrong: never an exception's
 * own message unless the work means it for the owner (a validation message), never a stack trace.
 */
@FunctionalInterface
public interface JobFailures {

    String wording(Exception failure);
}
