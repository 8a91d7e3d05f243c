package org.adtrigger.streams.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.adtrigger.schema.DeadLetter;
import org.adtrigger.schema.serde.AvroSerdes;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.errors.internals.DefaultErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

/** What each handler answers Kafka Streams, and the letters it returns, per node and exception. */
class DeadLetterHandlersTest {
    private static final byte[] KEY = "k".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VALUE = "original".getBytes(StandardCharsets.UTF_8);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Map<String, Object> configs = Map.of(DeadLetterHandlers.TOPIC, "events.dlq",
            DeadLetterHandlers.METER_REGISTRY, registry);

    @Test
    void anExceptionInTheScoringNodeResumesWithALetterOfStageScoringHoldingTheInputsBytesAndOrigin() {
        ProcessingDeadLetterHandler handler = new ProcessingDeadLetterHandler();
        handler.configure(configs);
        ProcessingExceptionHandler.Response response = handler.handleError(context("score", "events", 1, 7L),
                new Record<>(KEY, "event", 5L), new IllegalStateException("boom"));

        assertThat(response.result()).isEqualTo(ProcessingExceptionHandler.Result.RESUME);
        DeadLetter letter = onlyLetter(response.deadLetterQueueRecords());
        assertThat(letter.getStage()).isEqualTo("SCORING");
        assertThat(letter.getReason()).isEqualTo("PROCESSING_FAILED");
        assertThat(letter.getTopic()).isEqualTo("events");
        assertThat(letter.getPartition()).isEqualTo(1);
        assertThat(letter.getOffset()).isEqualTo(7L);
        assertThat(bytes(letter.getValue())).isEqualTo(VALUE);
        assertThat(letter.getErrorMessage()).isEqualTo("events partition 1 offset 7: node score: boom");
        assertThat(registry.get("adtrigger.events.dead.lettered").tag("reason", "PROCESSING_FAILED").counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void aFailureWithoutAnInputRecordResumesWithoutALetter() {
        ProcessingDeadLetterHandler handler = new ProcessingDeadLetterHandler();
        handler.configure(configs);
        ProcessingExceptionHandler.Response response = handler.handleError(context("window-merge", null, -1, -1L),
                null, new IllegalStateException("in a punctuation"));
        assertThat(response.result()).isEqualTo(ProcessingExceptionHandler.Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
    }

    @Test
    void recordsTooLargeAreDeadLetteredWithTheirStageAndOtherProductionFailuresFail() {
        ProductionDeadLetterHandler handler = new ProductionDeadLetterHandler();
        handler.configure(configs);

        ProductionExceptionHandler.Response refused = handler.handleSerializationError(context("scored-sink", "events", 0, 3L),
                new ProducerRecord<>("scored-events", "x"), new OutputSizeLimit.TooLarge("value of 2000000 bytes"),
                ProductionExceptionHandler.SerializationExceptionOrigin.VALUE);
        assertThat(refused.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        DeadLetter output = onlyLetter(refused.deadLetterQueueRecords());
        assertThat(output.getStage()).isEqualTo("OUTPUT");
        assertThat(output.getReason()).isEqualTo("OUTPUT_TOO_LARGE");
        assertThat(output.getErrorMessage()).contains("record for topic scored-events (node scored-sink)");

        ProductionExceptionHandler.Response window = handler.handleError(context("window-summaries-sink", "events", 0, 4L),
                new ProducerRecord<>("window-summaries", new byte[1]), new RecordTooLargeException("too large"));
        assertThat(onlyLetter(window.deadLetterQueueRecords()).getStage()).isEqualTo("WINDOW");

        assertThat(handler.handleError(context("scored-sink", "events", 0, 5L), new ProducerRecord<>("scored-events", new byte[1]),
                new TimeoutException("broker away")).result()).isEqualTo(ProductionExceptionHandler.Result.FAIL);

        ProductionExceptionHandler.Response letterFailed = handler.handleError(context("dead-letter-sink", "events", 0, 6L),
                new ProducerRecord<>("events.dlq", new byte[1]), new RecordTooLargeException("too large"));
        assertThat(letterFailed.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        assertThat(letterFailed.deadLetterQueueRecords()).as("a letter is never dead-lettered again").isEmpty();
    }

    private static ErrorHandlerContext context(String node, String topic, int partition, long offset) {
        return new DefaultErrorHandlerContext(null, topic, partition, offset, new RecordHeaders(), node, new TaskId(0, 0),
                5L, KEY, VALUE);
    }

    private static DeadLetter onlyLetter(List<ProducerRecord<byte[], byte[]>> records) {
        assertThat(records).hasSize(1);
        assertThat(records.get(0).topic()).isEqualTo("events.dlq");
        assertThat(records.get(0).key()).isEqualTo(KEY);
        return AvroSerdes.deadLetter().deserializer().deserialize("events.dlq", records.get(0).value());
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] b = new byte[buffer.remaining()];
        buffer.duplicate().get(b);
        return b;
    }
}
