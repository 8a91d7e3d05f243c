/**
 * Adapters that turn physicists' archives into {@link org.adtrigger.schema.Event} records (GeV, radians),
 * streaming: every {@link org.adtrigger.ingest.adapters.EventSource} hands out one block at a time (a ROOT
 * cluster, a few thousand text lines).
 *
 * <p>Columnar formats share one path. A format is a {@link org.adtrigger.ingest.adapters.NtupleLayout}
 * (energy unit, event columns, {@link org.adtrigger.ingest.adapters.ObjectColumns} groups, an
 * {@link org.adtrigger.ingest.adapters.OriginRule} for sample and weight); the
 * {@link org.adtrigger.ingest.adapters.NtupleEventMapper} maps any
 * {@link org.adtrigger.ingest.adapters.ColumnBlock} with it. ROOT files give blocks per cluster
 * ({@link org.adtrigger.ingest.adapters.RootEventSource} with {@link org.adtrigger.ingest.adapters.AtlasOpenData},
 * {@link org.adtrigger.ingest.adapters.AdFilterNtuple} or {@link org.adtrigger.ingest.adapters.NanoAod});
 * CSV tables give blocks through a {@link org.adtrigger.ingest.adapters.CsvMapping}; tests give arrays
 * ({@link org.adtrigger.ingest.adapters.ArrayBlock}). Dark Machines text is line based
 * ({@link org.adtrigger.ingest.adapters.DarkMachinesSource}) but builds its objects with the same checks
 * ({@link org.adtrigger.ingest.adapters.ObjectValues}, {@link org.adtrigger.ingest.adapters.EventValues}).
 *
 * <p>A record that cannot become an event (a non-finite value, columns of one group disagreeing on the
 * object count, an unknown lepton code, ...) is returned as a {@link org.adtrigger.ingest.adapters.BadRecord}
 * naming the file and entry or line; the rest of its block is kept.
 */
package org.adtrigger.ingest.adapters;
