package org.adtrigger.streams.window;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.adtrigger.schema.WindowKeyType;
import org.adtrigger.schema.WindowSummary;

/**
 * Counts final window summaries by key type ({@code adtrigger.windows.emitted{key}}, key ALL, SAMPLE or
 * RUN), so an alert can tell a stream that scores events but never closes a window (stream time stuck)
 * from one that is merely quiet. All three series exist from the start, at zero.
 */
public final class ClosedWindowCounter implements WindowListener {
    public static final String EMITTED = "adtrigger.windows.emitted";
    private final Map<WindowKeyType, Counter> emitted = new EnumMap<>(WindowKeyType.class);

    public ClosedWindowCounter(MeterRegistry registry) {
        for (WindowKeyType type : WindowKeyType.values()) {
            emitted.put(type, Counter.builder(EMITTED).tag("key", type.name())
                    .description("Final window summaries emitted, by key type").register(registry));
        }
    }

    @Override
    public void onWindowClosed(WindowSummary summary) {
        emitted.get(summary.getKeyType()).increment();
    }
}
