package org.amparo.demo;

import java.lang.management.ManagementFactory;

/**
 * The JVM's own measures of the work the demo's writing took, beside its wall-clock time: processor time and bytes
 * allocated, which other programs on the machine move less than the wall clock (README, Benchmarks, session 42). Each is
 * -1 where this JVM does not give it.
 */
final class ThreadFigures {

    private ThreadFigures() {
    }

    /** This thread's processor time in nanoseconds. */
    static long processorTime() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
    }

    /** The bytes this thread has allocated. */
    static long allocatedBytes() {
        return platformFigure(ManagementFactory.THREAD_MXBEAN_NAME, "CurrentThreadAllocatedBytes");
    }

    /**
     * The whole server's processor time in nanoseconds (every thread of the JVM, the JIT's compilers and the garbage
     * collector among them): what the writers shared the processors with.
     */
    static long processProcessorTime() {
        return platformFigure(ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME, "ProcessCpuTime");
    }

    /** A figure of the JVM's management beans, read by name (both are extensions of the JDK's, outside Java's API). */
    private static long platformFigure(String bean, String attribute) {
        try {
            return (Long) ManagementFactory.getPlatformMBeanServer().getAttribute(new javax.management.ObjectName(bean), attribute);
        } catch (Exception | LinkageError e) {
            return -1;
        }
    }
}
