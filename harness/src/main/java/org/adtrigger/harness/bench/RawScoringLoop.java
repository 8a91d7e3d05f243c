package org.adtrigger.harness.bench;

import java.nio.FloatBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.rmm.RmmBuilder;
import org.adtrigger.core.selection.EventSelector;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.core.selection.SelectionResult;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.serde.AvroSerdes;
import org.adtrigger.scoring.BatchScorer;
import org.adtrigger.scoring.onnx.OnnxModel;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Benchmark (c), the inference limit: the scoring topology's per-event work without Kafka, in a tight loop
 * on one thread over the producer's wire bytes — decode (single-object Avro), the card's event selection,
 * the card's RMM written straight into the scorer's input buffer, and one ONNX Runtime call for the
 * selected ones among each {@code batch.size} input events (all of them under selection {@code none}). It leaves out what only a stream does: tagging, encoding the outputs,
 * the batch buffer's state store, windows, and Kafka itself. Each stage is timed per batch, not per event,
 * so the clock reads cost nothing measurable.
 */
final class RawScoringLoop {
    private final OnnxModel model;
    private final int batchSize;

    RawScoringLoop(OnnxModel model, int batchSize) {
        this.model = model;
        this.batchSize = batchSize;
    }

    /** One pass over {@code encoded}; the time shares are decode, selection, RMM and model call. */
    Throughput run(List<byte[]> encoded) {
        ModelCard card = model.card();
        Deserializer<Event> decoder = AvroSerdes.event().deserializer();
        EventSelector selector = SelectionPreset.byId(card.selection()).newSelector();
        RmmBuilder rmm = card.features().newRmmBuilder();
        Event[] events = new Event[batchSize];
        float[] scores = new float[batchSize];
        long decode = 0;
        long select = 0;
        long build = 0;
        long score = 0;
        long start = System.nanoTime();
        try (BatchScorer scorer = model.newScorer(batchSize)) {
            FloatBuffer input = scorer.input();
            int width = scorer.inputWidth();
            for (int from = 0; from < encoded.size(); from += batchSize) {
                int n = Math.min(batchSize, encoded.size() - from);
                long t0 = System.nanoTime();
                for (int k = 0; k < n; k++) {
                    events[k] = decoder.deserialize(null, encoded.get(from + k));
                }
                long t1 = System.nanoTime();
                int selected = 0;
                for (int k = 0; k < n; k++) {
                    SelectionResult result = selector.select(events[k]);
                    if (result.isAccepted()) {
                        events[selected++] = result.event();
                    }
                }
                long t2 = System.nanoTime();
                for (int k = 0; k < selected; k++) {
                    rmm.build(events[k], input, k * width);
                }
                long t3 = System.nanoTime();
                if (selected > 0) {
                    scorer.score(selected, scores);
                }
                long t4 = System.nanoTime();
                decode += t1 - t0;
                select += t2 - t1;
                build += t3 - t2;
                score += t4 - t3;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double total = decode + select + build + score;
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("decode", decode / total);
        shares.put("selection", select / total);
        shares.put("RMM", build / total);
        shares.put("model call", score / total);
        return new Throughput(encoded.size(), seconds, 0, 0, shares);
    }
}
