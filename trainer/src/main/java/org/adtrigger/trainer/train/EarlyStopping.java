package org.adtrigger.trainer.train;

/** Tracks the best validation loss and how many epochs have passed without beating it. */
final class EarlyStopping {
    private final int patience;
    private final double minRelativeImprovement;
    private double best = Double.POSITIVE_INFINITY;
    private int bestEpoch = -1;
    private int epochsWithoutImprovement;

    EarlyStopping(int patience, double minRelativeImprovement) {
        this.patience = patience;
        this.minRelativeImprovement = minRelativeImprovement;
    }

    /** Records an epoch's loss; true when it is a new best. */
    boolean update(int epoch, double loss) {
        boolean improved = best == Double.POSITIVE_INFINITY ? Double.isFinite(loss)
                : loss < best - Math.abs(best) * minRelativeImprovement;
        if (improved) {
            best = loss;
            bestEpoch = epoch;
            epochsWithoutImprovement = 0;
        } else {
            epochsWithoutImprovement++;
        }
        return improved;
    }

    boolean shouldStop() {
        return epochsWithoutImprovement >= patience;
    }

    double best() {
        return best;
    }

    int bestEpoch() {
        return bestEpoch;
    }
}
