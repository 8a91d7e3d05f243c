/**
 * Reading the app's output topics back: {@link org.adtrigger.streams.readback.TopicReader} decodes each
 * record with its topic's serde, {@link org.adtrigger.streams.readback.RecordJson} turns it into one JSON
 * line. Used by {@code adtrigger tail}; meant for any later reader of the outputs (reports, spectra).
 */
package org.adtrigger.streams.readback;
