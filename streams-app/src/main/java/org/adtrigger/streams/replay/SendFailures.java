package org.adtrigger.streams.replay;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Counts acknowledged sends and keeps the first failed one. The producer reports both asynchronously on
 * its I/O thread; the replay checks after each send so it stops instead of pouring events into a broken
 * connection, and reports what was acknowledged.
 */
final class SendFailures implements Callback {
    private final String topic;
    private final AtomicReference<Exception> first = new AtomicReference<>();
    private final AtomicLong acknowledged = new AtomicLong();

    SendFailures(String topic) {
        this.topic = topic;
    }

    @Override
    public void onCompletion(RecordMetadata metadata, Exception exception) {
        if (exception != null) {
            first.compareAndSet(null, exception);
        } else {
            acknowledged.incrementAndGet();
        }
    }

    /** Records the broker acknowledged so far. */
    long acknowledged() {
        return acknowledged.get();
    }

    /** One line naming the topic and the first failure, or null when none failed. */
    String failure() {
        Exception e = first.get();
        return e == null ? null : "sending to topic " + topic + " failed: " + e.getMessage();
    }
}
