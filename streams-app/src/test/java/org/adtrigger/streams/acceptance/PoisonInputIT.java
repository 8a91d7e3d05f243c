package org.adtrigger.streams.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.adtrigger.schema.DeadLetter;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.serde.AvroSerdes;
import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.testsupport.onnx.TestModelFiles;
import org.adtrigger.streams.testing.TestEvents;
import org.adtrigger.streams.testsupport.AppProcess;
import org.adtrigger.streams.testsupport.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Poison input between good events, through the whole app on a real broker: every bad record lands in
 * events.dlq as a DeadLetter with the expected reason, its original bytes and its input coordinates; every
 * good event is scored; and the app stays ready (/readyz 200, Kafka Streams RUNNING) afterwards.
 */
class PoisonInputIT {
    private static final int GOOD = 20;
    /** Room for the 100,000-object event (about 3 MB) on the input topic. */
    private static final int LARGE = 8 * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void deadLettersEachPoisonWithItsReasonAndBytesAndKeepsRunning() throws Exception {
        Map<String, byte[]> poison = poison();
        Map<String, String> reasons = Map.of("malformed", "DESERIALIZATION", "scored-event", "DESERIALIZATION",
                "flipped-fingerprint", "DESERIALIZATION", "tombstone", "DESERIALIZATION", "nan-eta", "NON_FINITE",
                "negative-pt", "NEGATIVE_PT", "300-objects", "TOO_MANY_OBJECTS", "100000-objects", "OVERSIZE");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            broker.createTopics(TriggerConfig.defaults().topicsToCreate());
            String bootstrap = broker.bootstrapServers();
            Topics.allowRecordsUpTo(bootstrap, "events", LARGE);
            try (AppProcess app = AppProcess.start(TestModelFiles.servable(dir), bootstrap, dir.resolve("app.log"),
                    "application.id=poison-it", "state.dir=" + dir.resolve("state"))) {
                app.awaitReady(Duration.ofSeconds(60));
                Map<String, RecordMetadata> sentAt = new LinkedHashMap<>();
                try (KafkaProducer<byte[], byte[]> producer = Topics.producer(bootstrap, LARGE)) {
                    int good = 0;
                    for (var bad : poison.entrySet()) {
                        for (int k = 0; k < GOOD / poison.size() + 1 && good < GOOD; k++, good++) {
                            producer.send(new ProducerRecord<>("events", key("good-" + good),
                                    TestEvents.encode(TestEvents.data(good, 40f + good)))).get();
                        }
                        sentAt.put(bad.getKey(), producer.send(new ProducerRecord<>("events", key(bad.getKey()),
                                bad.getValue())).get());
                    }
                }

                List<DeadLetter> letters = Topics.readCommitted(bootstrap, Topics.DEFAULT.deadLetters(),
                        poison.size(), Duration.ofSeconds(60), Duration.ofSeconds(1))
                        .stream().map(ConsumerRecord::value).toList();
                assertThat(letters).as(app.log()).hasSize(poison.size());
                for (DeadLetter letter : letters) {
                    String name = name(letter);
                    assertThat(letter.getReason()).as(name + ": " + letter.getErrorMessage()).isEqualTo(reasons.get(name));
                    // An oversize letter leaves the bytes out (they need not fit the dead-letter topic).
                    assertThat(bytes(letter.getValue())).as(name + " bytes")
                            .isEqualTo(name.equals("100000-objects") ? null : poison.get(name));
                    assertThat(letter.getTopic()).isEqualTo("events");
                    assertThat(letter.getPartition()).isEqualTo(sentAt.get(name).partition());
                    assertThat(letter.getOffset()).isEqualTo(sentAt.get(name).offset());
                }
                assertThat(letters.stream().map(PoisonInputIT::name)).containsExactlyInAnyOrderElementsOf(poison.keySet());
                assertThat(letters).filteredOn(l -> name(l).equals("scored-event")).singleElement()
                        .extracting(DeadLetter::getErrorMessage).asString().contains("ScoredEvent");

                List<Long> scored = Topics.readCommitted(bootstrap, Topics.DEFAULT.scored(),
                        GOOD, Duration.ofSeconds(30), Duration.ofSeconds(1))
                        .stream().map(r -> r.value().getEventNumber()).toList();
                assertThat(scored).containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.range(0, GOOD).boxed().toList());
                assertThat(app.get("/readyz").statusCode()).as(app.get("/readyz").body()).isEqualTo(200);
            }
        }
    }

    /** Bad inputs by name, in sending order. */
    private static Map<String, byte[]> poison() {
        Map<String, byte[]> poison = new LinkedHashMap<>();
        poison.put("malformed", "not an Avro record at all".getBytes(StandardCharsets.UTF_8));
        ScoredEvent other = ScoredEvent.newBuilder().setRun(1).setEventNumber(7).setSample("data").setDatasetId(0)
                .setIsData(true).setWeight(1).setLabel(org.adtrigger.schema.TruthLabel.UNKNOWN).setEventTimeMs(0)
                .setScore(1f).setTier(0).setWorkingPoints(0).setModelId("m").setMetEt(1f).setNObjects(0)
                .setMLeadingLeptons(0f).setMLeadingJets(0f).setMAllObjects(0f).build();
        poison.put("scored-event", AvroSerdes.scoredEvent().serializer().serialize("events", other));
        byte[] flipped = TestEvents.encode(TestEvents.data(1000, 50f));
        flipped[5] ^= (byte) 0xFF;
        poison.put("flipped-fingerprint", flipped);
        poison.put("tombstone", null);
        poison.put("nan-eta", TestEvents.encode(withObjects(1001, List.of(TestEvents.massless(ObjectType.JET, 60f, Float.NaN, 1f)))));
        poison.put("negative-pt", TestEvents.encode(withObjects(1002, List.of(TestEvents.massless(ObjectType.MUON, -5f, 0.3f, 1f)))));
        poison.put("300-objects", TestEvents.encode(withObjects(1003, jets(300))));
        poison.put("100000-objects", TestEvents.encode(withObjects(1004, jets(100_000))));
        return poison;
    }

    private static Event withObjects(long number, List<PhysObject> objects) {
        Event event = TestEvents.data(number, 50f);
        event.setObjects(new ArrayList<>(objects));
        return event;
    }

    private static List<PhysObject> jets(int n) {
        PhysObject jet = TestEvents.massless(ObjectType.JET, 30f, 0.1f, 0.2f);
        PhysObject[] jets = new PhysObject[n];
        Arrays.fill(jets, jet);
        return Arrays.asList(jets);
    }

    private static String name(DeadLetter letter) {
        return new String(bytes(letter.getKey()), StandardCharsets.UTF_8);
    }

    private static byte[] key(String name) {
        return name.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        if (buffer == null) {
            return null;
        }
        byte[] b = new byte[buffer.remaining()];
        buffer.duplicate().get(b);
        return b;
    }
}
