package org.amparo.jobs.application;

import java.util.concurrent.Callable;

/** Runs work in one transaction of its own, committed when it returns and rolled back when it throws. */
@FunctionalInterface
public interface LongTransaction {

    <T> T run(Callable<T> work) throws Exception;
}
