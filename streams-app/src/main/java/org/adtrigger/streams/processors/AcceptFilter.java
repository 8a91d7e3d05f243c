package org.adtrigger.streams.processors;

import java.util.concurrent.atomic.AtomicLong;

import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.trigger.AcceptCut;
import org.adtrigger.core.trigger.CardCuts;
import org.adtrigger.core.trigger.OperatingPoint;
import org.adtrigger.core.trigger.RateBudgetCuts;
import org.adtrigger.schema.WindowKeyType;
import org.adtrigger.schema.WindowSummary;
import org.adtrigger.streams.window.WindowListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event filter's cut, shared by the scoring tasks of one instance: which events go to {@code anomalies}.
 * A tier, efficiency or cross-section point is one cut for the life of the app. A rate budget re-derives its
 * cut from the input rate of every closed window over all events that this instance merges ({@link
 * RateBudgetCuts}: hysteresis, limits, the tight start), skipping a window the stream started inside (its rate
 * counts only part of it). A new cut applies from the next batch scored; each event records the pass fraction
 * of the cut it was judged by, so the windows' expected accepts stay right across a change.
 *
 * <p>With several instances, each derives its cut from the windows over all events it merges; an instance that
 * merges none (the ALL key's window partition is elsewhere) keeps its start-up cut. One instance, the deployment
 * the project runs, has no such gap.
 */
public final class AcceptFilter implements WindowListener {
    private static final Logger LOG = LoggerFactory.getLogger(AcceptFilter.class);

    private final RateBudgetCuts budget;
    private final AtomicLong firstEventMs = new AtomicLong(Long.MAX_VALUE);
    private volatile AcceptCut current;

    private AcceptFilter(AcceptCut fixed, RateBudgetCuts budget) {
        this.budget = budget;
        this.current = fixed != null ? fixed : budget.current();
    }

    /**
     * The filter of an operating point on a model card.
     *
     * @throws IllegalArgumentException (one line, naming the card's statistics) when the card cannot support it
     */
    public static AcceptFilter of(OperatingPoint point, ModelCard card, double hysteresis) {
        CardCuts cuts = new CardCuts(card);
        AcceptFilter filter = point instanceof OperatingPoint.RateBudget rate
                ? new AcceptFilter(null, new RateBudgetCuts(cuts.rateBudget(rate), rate.hz(), hysteresis))
                : new AcceptFilter(cuts.fixed(point), null);
        LOG.info("operating point {}: {}", point.spec(), filter.current.description());
        return filter;
    }

    /** The cut to judge the next batch by. */
    public AcceptCut current() {
        return current;
    }

    /** Notes an event's timestamp (the earliest tells which window the stream started inside). */
    void sawEvent(long timestampMs) {
        if (budget != null && timestampMs < firstEventMs.get()) {
            firstEventMs.accumulateAndGet(timestampMs, Math::min);
        }
    }

    @Override
    public void onWindowClosed(WindowSummary summary) {
        if (budget == null || summary.getKeyType() != WindowKeyType.ALL
                || summary.getWindowStartMs() < firstEventMs.get()) {
            return;
        }
        synchronized (budget) {
            if (budget.onInputRate(summary.getRateHz())) {
                current = budget.current();
                LOG.info("{}", current.description());
            }
        }
    }
}
