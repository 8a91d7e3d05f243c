/** The {@code adtrigger generate} and {@code adtrigger inspect} commands. */
package org.adtrigger.ingest.cli;
