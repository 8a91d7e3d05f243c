package org.adtrigger.ingest.adapters;

/**
 * Where an event comes from and what it weighs.
 *
 * @param sample    sample or process name
 * @param datasetId dataset (channel) number, 0 when none
 * @param weight    full per-event weight; 1 for data
 */
public record EventOrigin(String sample, int datasetId, boolean isData, double weight) {
}
