package org.adtrigger.streams.replay;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Collects the first failed send. The producer reports failures asynchronously on its I/O thread; the
 * replay checks after each send so it stops instead of pouring events into a broken connection.
 */
final class SendFailures implements Callback {
    private final String topic;
    private final AtomicReference<Exception> first = new AtomicReference<>();

    SendFailures(String topic) {
        this.topic = topic;
    }

    @Override
    public void onCompletion(RecordMetadata metadata, Exception exception) {
        if (exception != null) {
            first.compareAndSet(null, exception);
        }
    }

    void throwIfAny() {
        Exception e = first.get();
        if (e != null) {
            throw new IllegalStateException("sending to topic " + topic + " failed: " + e.getMessage(), e);
        }
    }
}
