package org.adtrigger.streams.readback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.adtrigger.schema.DeadLetter;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.TruthLabel;
import org.junit.jupiter.api.Test;

/** Golden lines: the JSON a user greps and pipes into jq. */
class RecordJsonTest {

    @Test
    void aScoredEventIsOneLineWithItsCoordinatesAndEveryField() {
        ScoredEvent e = ScoredEvent.newBuilder().setRun(7).setEventNumber(42).setSample("data").setDatasetId(0)
                .setIsData(true).setWeight(1.0).setLabel(TruthLabel.UNKNOWN).setEventTimeMs(1_700_000_000_000L)
                .setScore(0.25f).setTier(2).setWorkingPoints(3).setModelId("m1").setMetEt(55.5f).setNObjects(3)
                .setMLeadingLeptons(91.25f).setMLeadingJets(0f).setMAllObjects(Float.NaN).setAccepted(true)
                .setAcceptPassFraction(0.001).build();

        String line = RecordJson.line(new TopicRecord("anomalies", 1, 17, 1_700_000_000_123L, "7:42", e, null));

        assertThat(line).isEqualTo("{\"topic\":\"anomalies\",\"partition\":1,\"offset\":17,"
                + "\"timestampMs\":1700000000123,\"key\":\"7:42\",\"value\":{\"run\":7,\"eventNumber\":42,"
                + "\"sample\":\"data\",\"datasetId\":0,\"isData\":true,\"weight\":1.0,\"label\":\"UNKNOWN\","
                + "\"eventTimeMs\":1700000000000,\"score\":0.25,\"tier\":2,\"workingPoints\":3,\"modelId\":\"m1\","
                + "\"metEt\":55.5,\"nObjects\":3,\"mLeadingLeptons\":91.25,\"mLeadingJets\":0.0,"
                + "\"mAllObjects\":null,\"accepted\":true,\"acceptPassFraction\":0.001}}");
    }

    @Test
    void bytesAreBase64AndAnUndecodableRecordCarriesItsError() {
        DeadLetter d = DeadLetter.newBuilder().setKey(null)
                .setValue(ByteBuffer.wrap("bad".getBytes(StandardCharsets.UTF_8))).setTopic("events")
                .setPartition(0).setOffset(3).setTimestampMs(5).setReason("DESERIALIZATION").setErrorClass("X")
                .setErrorMessage("broken").build();

        assertThat(RecordJson.line(new TopicRecord("events.dlq", 0, 0, 5, null, d, null)))
                .contains("\"key\":null", "\"value\":{\"key\":null,\"value\":\"YmFk\",\"topic\":\"events\"");
        assertThat(RecordJson.line(new TopicRecord("anomalies", 0, 9, 5, "k", null, "unknown fingerprint")))
                .isEqualTo("{\"topic\":\"anomalies\",\"partition\":0,\"offset\":9,\"timestampMs\":5,\"key\":\"k\","
                        + "\"error\":\"unknown fingerprint\"}");
    }
}
