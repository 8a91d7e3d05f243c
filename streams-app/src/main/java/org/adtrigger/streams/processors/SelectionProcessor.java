package org.adtrigger.streams.processors;

import org.adtrigger.core.selection.EventSelector;
import org.adtrigger.core.selection.SelectionResult;
import org.adtrigger.schema.Event;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/** Applies the model's event selection: only events like those the model was trained on are scored. */
public final class SelectionProcessor implements FixedKeyProcessor<byte[], Event, Event> {
    private final EventSelector selector;
    private final TriggerMetrics metrics;
    private FixedKeyProcessorContext<byte[], Event> context;

    public SelectionProcessor(EventSelector selector, TriggerMetrics metrics) {
        this.selector = selector;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<byte[], Event> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<byte[], Event> record) {
        SelectionResult result = selector.select(record.value());
        if (result.isAccepted()) {
            metrics.selected();
            context.forward(record.withValue(result.event()));
        } else {
            metrics.rejected(result.rejection());
        }
    }
}
