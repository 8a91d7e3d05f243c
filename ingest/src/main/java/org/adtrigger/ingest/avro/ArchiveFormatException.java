package org.adtrigger.ingest.avro;

/**
 * An archive that cannot be read as events: not an Avro container file, a file of another record type,
 * or damaged data. The message names the file and, where known, the block and record.
 */
public class ArchiveFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ArchiveFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
