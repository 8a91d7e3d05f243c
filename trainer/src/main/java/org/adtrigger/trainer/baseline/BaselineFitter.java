package org.adtrigger.trainer.baseline;

import org.adtrigger.trainer.data.BatchSource;
import org.adtrigger.trainer.preprocess.CellStatistics;

/**
 * Fits a baseline on the training split: one pass for the cell statistics (mask, scaler, ranges), then the
 * method's own pass (covariance, subsamples or histograms); E_T^miss fits nothing.
 */
public final class BaselineFitter {
    private BaselineFitter() {
    }

    /** @param rawWidth cells per raw RMM row of the layout */
    public static BaselineModel fit(BaselineMethod method, BatchSource training, int rawWidth,
                                    BaselineOptions options) {
        return switch (method) {
            case MET -> new MetModel(rawWidth);
            case PCA -> {
                PrincipalComponents components = PrincipalComponents.fit(training,
                        statistics(training, method).preprocessor(options.scaling()));
                yield components.model(options.pcaAxes() != null ? options.pcaAxes()
                        : components.componentsFor(options.pcaVariance()));
            }
            case IFOREST -> new IsolationForestFitter(statistics(training, method).keptCells(), rawWidth,
                    options.trees(), options.subsample(), options.seed()).fit(training);
            case HBOS -> {
                CellStatistics statistics = statistics(training, method);
                yield HistogramOutlierScoreFitter.fit(training, statistics, rawWidth, options.bins() != null
                        ? options.bins() : HistogramOutlierScoreFitter.defaultBins(statistics.events()));
            }
        };
    }

    private static CellStatistics statistics(BatchSource training, BaselineMethod method) {
        CellStatistics statistics = CellStatistics.collect(training);
        if (statistics.events() == 0) {
            throw new IllegalStateException("no event in the training split to fit " + method.id() + " on");
        }
        return statistics;
    }
}
