package org.adtrigger.harness.bench;

/**
 * Event-to-output latency at one offered rate.
 *
 * @param percent     the offered rate as a percentage of the measured maximum of the scoring topology
 * @param offeredRate events per second the replay was asked for
 * @param sentRate    events per second it actually sent (below the offer when the producer could not keep up)
 * @param sent        events sent in the step
 * @param outputs     scored events read back (every selected event)
 * @param p50Millis   median latency
 * @param p99Millis   99th percentile
 * @param p999Millis  99.9th percentile
 * @param maxMillis   largest latency
 * @param jitShare    the JIT compilers' time during the step over its wall time (NaN where the JVM does not
 *                    measure it): compiling on two cores takes CPU from the stream, so a step measured while
 *                    the JIT was busy shows it here
 */
record LatencyStep(int percent, double offeredRate, double sentRate, long sent, long outputs,
                   long p50Millis, long p99Millis, long p999Millis, long maxMillis, double jitShare) {

    /** @throws IllegalStateException when no latency was recorded (no event of the step was scored) */
    static LatencyStep of(int percent, double offeredRate, long sent, double sendSeconds, long[] latenciesMillis,
                          double jitShare) {
        if (latenciesMillis.length == 0) {
            throw new IllegalStateException("no scored event came out of the " + percent + " % step (" + sent
                    + " events sent): nothing to measure");
        }
        Percentiles p = Percentiles.of(latenciesMillis);
        return new LatencyStep(percent, offeredRate, sent / sendSeconds, sent, p.count(),
                p.at(50), p.at(99), p.at(99.9), p.max(), jitShare);
    }
}
