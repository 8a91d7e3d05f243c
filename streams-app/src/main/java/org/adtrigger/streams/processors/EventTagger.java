package org.adtrigger.streams.processors;

import java.util.List;

import org.adtrigger.core.kinematics.EventMasses;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.trigger.AcceptCut;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ScoredEvent;

/**
 * Turns an event and its score into a {@link ScoredEvent}: tier and working-point bits from the model
 * card's cuts (a score passes a cut when strictly above it, as the card and {@code core.stats}
 * define, so the stream tags exactly the events the thresholds were computed for), whether the filter's
 * operating point accepts it (with the background pass fraction of the cut that judged it), plus the
 * physics summaries.
 */
public final class EventTagger {
    private final String modelId;
    private final ModelCard.Thresholds thresholds;
    private final double[] workingPointCuts;
    private final AcceptFilter filter;

    public EventTagger(ModelCard card, AcceptFilter filter) {
        this.modelId = card.modelId();
        this.filter = filter;
        this.thresholds = card.thresholds();
        List<ModelCard.WorkingPoint> points = card.thresholds().efficiencyPoints();
        if (points.size() > Integer.SIZE - 1) {
            throw new IllegalArgumentException("at most " + (Integer.SIZE - 1) + " working points fit the bit field, card has "
                    + points.size());
        }
        this.workingPointCuts = points.stream().mapToDouble(ModelCard.WorkingPoint::cut).toArray();
    }

    /** Bit k set when the score passes the card's k-th efficiency working point. */
    public int workingPoints(double score) {
        int bits = 0;
        for (int k = 0; k < workingPointCuts.length; k++) {
            if (score > workingPointCuts[k]) {
                bits |= 1 << k;
            }
        }
        return bits;
    }

    public ScoredEvent tag(Event event, float score, long timestampMs) {
        AcceptCut cut = filter.current();
        filter.sawEvent(timestampMs);
        ScoredEvent out = new ScoredEvent();
        out.setRun(event.getRun());
        out.setEventNumber(event.getEventNumber());
        out.setSample(event.getSample());
        out.setDatasetId(event.getDatasetId());
        out.setIsData(event.getIsData());
        out.setWeight(event.getWeight());
        out.setLabel(event.getLabel());
        out.setEventTimeMs(timestampMs);
        out.setScore(score);
        out.setTier(thresholds.tierOf(score));
        out.setWorkingPoints(workingPoints(score));
        out.setAccepted(cut.accepts(score));
        out.setAcceptPassFraction(cut.passFraction());
        out.setModelId(modelId);
        out.setMetEt(event.getMetEt());
        out.setNObjects(event.getObjects().size());
        out.setMLeadingLeptons((float) EventMasses.leadingLeptonMass(event.getObjects()));
        out.setMLeadingJets((float) EventMasses.leadingJetMass(event.getObjects()));
        out.setMAllObjects((float) EventMasses.totalMass(event.getObjects()));
        return out;
    }
}
