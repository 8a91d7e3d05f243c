/** Readers that turn archives into {@code Event} records, and the synthetic event generator. */
package org.adtrigger.ingest;
