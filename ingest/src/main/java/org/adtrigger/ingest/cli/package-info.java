/** The {@code adtrigger generate}, {@code adtrigger ingest} and {@code adtrigger inspect} commands. */
package org.adtrigger.ingest.cli;
