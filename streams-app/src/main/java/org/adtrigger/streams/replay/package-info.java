/**
 * Replay of event archives into Kafka: {@link org.adtrigger.streams.replay.Replay} reads Avro archives
 * of {@code Event}s as a stream, paces the sends to a target rate, replaces a fraction of the background
 * by signal inside injection windows, and reports what it sent in a
 * {@link org.adtrigger.streams.replay.ReplaySummary}. The {@code adtrigger replay} command and the demo
 * both drive it.
 */
package org.adtrigger.streams.replay;
