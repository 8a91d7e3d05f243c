/** Event archives: streaming writer and reader of Avro object container files of {@code Event}. */
package org.adtrigger.ingest.avro;
