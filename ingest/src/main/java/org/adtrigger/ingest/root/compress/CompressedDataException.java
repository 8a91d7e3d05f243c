package org.adtrigger.ingest.root.compress;

import java.io.IOException;

/**
 * Compressed bytes that do not follow ROOT's block framing or do not decode. It knows only the position
 * inside the compressed buffer; the ROOT reader adds the file and object it came from.
 */
public final class CompressedDataException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int position;

    public CompressedDataException(int position, String problem) {
        super(problem);
        this.position = position;
    }

    public CompressedDataException(int position, String problem, Throwable cause) {
        super(problem, cause);
        this.position = position;
    }

    /** Offset of the offending block inside the compressed buffer. */
    public int position() {
        return position;
    }
}
