package org.adtrigger.schema.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.adtrigger.schema.Event;
import org.junit.jupiter.api.Test;

/** One serde instance is shared by all stream threads, as Kafka Streams does with the serdes it is given. */
class ConcurrentUseTest {

    @Test
    void threadsSharingOneSerdeEachGetTheirOwnRecordsBack() throws Exception {
        SingleObjectSerde<Event> shared = AvroSerdes.event();
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(roundTrips(shared, t)));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(2_000);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<Integer> roundTrips(SingleObjectSerde<Event> serde, int thread) {
        return () -> {
            int matching = 0;
            for (int i = 0; i < 2_000; i++) {
                Event event = SampleRecords.ttbarEvent();
                event.setRun(thread);
                event.setEventNumber(i);
                event.getObjects().get(0).setPt(10f + i);
                Event back = serde.deserializer().deserialize("events", serde.serializer().serialize("events", event));
                matching += back.equals(event) ? 1 : 0;
            }
            return matching;
        };
    }
}
