package org.adtrigger.schema.serde;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.adtrigger.schema.DeadLetter;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.TruthLabel;
import org.adtrigger.schema.WindowKeyType;
import org.adtrigger.schema.WindowSummary;

/** Records with the values a real ttbar Monte Carlo event and its downstream products would carry. */
final class SampleRecords {

    static {
        // The builders fill enum defaults through Avro's class lookup, which needs the trust first.
        SchemaPackageTrust.install();
    }

    private SampleRecords() {
    }

    static Event ttbarEvent() {
        return Event.newBuilder()
                .setRun(284500)
                .setEventNumber(3_141_592_653L)
                .setSample("ttbar")
                .setDatasetId(410470)
                .setIsData(false)
                .setWeight(-0.000_731_4)
                .setLabel(TruthLabel.BACKGROUND)
                .setSqrtS(13000f)
                .setMetEt(87.25f)
                .setMetPhi(-2.113f)
                .setObjects(List.of(
                        object(ObjectType.JET, 143.8f, 0.412f, 1.571f, 156.3f, 0, 0.12f),
                        object(ObjectType.BJET, 98.1f, -1.207f, -0.734f, 178.9f, 0, 0.937f),
                        object(ObjectType.ELECTRON, 54.6f, 2.311f, 3.012f, 279.4f, -1, 0f),
                        object(ObjectType.MUON, 31.2f, -0.087f, -2.954f, 31.3f, 1, 0f)))
                .build();
    }

    /** A data event: no truth, unit weight, no objects. */
    static Event dataEventWithoutObjects() {
        return Event.newBuilder()
                .setRun(358031)
                .setEventNumber(1L << 40)
                .setSample("data")
                .setIsData(true)
                .setMetEt(12.5f)
                .setMetPhi(0.31f)
                .build();
    }

    static ScoredEvent scoredEvent() {
        return ScoredEvent.newBuilder()
                .setRun(284500)
                .setEventNumber(3_141_592_653L)
                .setSample("zprime2000")
                .setDatasetId(500_567)
                .setWeight(0.0042)
                .setLabel(TruthLabel.SIGNAL)
                .setEventTimeMs(1_764_000_000_123L)
                .setScore(3.7e-4f)
                .setTier(2)
                .setWorkingPoints(0b011)
                .setModelId("ae-small-T4N6655-2026-11-23")
                .setMetEt(41.0f)
                .setNObjects(5)
                .setMLeadingLeptons(1987.4f)
                .setMLeadingJets(412.9f)
                .setMAllObjects(2350.2f)
                .build();
    }

    static WindowSummary windowSummary() {
        return WindowSummary.newBuilder()
                .setWindowStartMs(1_764_000_000_000L)
                .setWindowEndMs(1_764_000_060_000L)
                .setKeyType(WindowKeyType.SAMPLE)
                .setKey("ttbar")
                .setCounts(List.of(120_000L, 9_870L, 1_020L, 98L))
                .setSumW(List.of(3512.5, 290.1, 30.2, 2.9))
                .setSumW2(List.of(104.2, 8.7, 0.91, 0.088))
                .setExpectedBackground(List.of(3500.0, 287.0, 28.7, 2.87))
                .setObservedSignal(List.of(12.5, 3.1, 1.5, 0.03))
                .setZ(List.of(0.211, 0.183, 0.28, 0.0177))
                .setAsimovZ(List.of(0.2113, 0.1836, 0.2776, 0.0176))
                .setRateHz(2000.0)
                .setScoreQuantiles(Map.of("p50", 1.2e-4, "p90", 2.9e-4, "p99", 6.1e-4))
                .build();
    }

    static DeadLetter deadLetter() {
        return DeadLetter.newBuilder()
                .setKey(ByteBuffer.wrap("284500:3141592653".getBytes(StandardCharsets.UTF_8)))
                .setValue(ByteBuffer.wrap(new byte[] {(byte) 0xC3, 0x01, 0x7f, 0x00, (byte) 0xff}))
                .setTopic("events")
                .setPartition(3)
                .setOffset(9_876_543_210L)
                .setTimestampMs(1_764_000_000_123L)
                .setReason("DESERIALIZATION")
                .setErrorClass("org.apache.kafka.common.errors.SerializationException")
                .setErrorMessage("topic 'events': payload of 5 bytes is shorter than the 10-byte header")
                .build();
    }

    private static PhysObject object(ObjectType type, float pt, float eta, float phi, float e, int charge,
            float btag) {
        return PhysObject.newBuilder()
                .setType(type)
                .setPt(pt)
                .setEta(eta)
                .setPhi(phi)
                .setE(e)
                .setCharge(charge)
                .setBtag(btag)
                .setPtcone30(type == ObjectType.ELECTRON || type == ObjectType.MUON ? 0.84f : 0f)
                .setEtcone20(type == ObjectType.ELECTRON ? 1.37f : 0f)
                .setTightId(type != ObjectType.MUON)
                .build();
    }
}
