/**
 * The port to the case process: typed calls for what happened to a case and what a person decided, the facts the
 * process routes on, and what it shows (tasks, history, diagram). The workflows module adapts Flowable to it.
 */
package org.amparo.process;
