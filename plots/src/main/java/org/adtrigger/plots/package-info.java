/**
 * Plots that more than one report draws: the data/MC spectrum with its ratio panel and bump-hunt window
 * ({@link org.adtrigger.plots.DataMcPlot}), for {@code compare} (trainer) and {@code spectra} (the stream's
 * read-back), which must not depend on each other. Free of DL4J and Kafka: core and JFreeChart only.
 */
package org.adtrigger.plots;
