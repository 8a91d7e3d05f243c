package org.adtrigger.ingest.cli;

/**
 * A command was asked for something it cannot do as asked (e.g. an unknown configuration key): exit code
 * {@value CommandFailures#USAGE}, like a bad option, though found after the command line was parsed.
 */
public class UsageException extends IllegalArgumentException {
    public UsageException(String message) {
        super(message);
    }
}
