package org.adtrigger.ingest.root;

import java.io.IOException;

/**
 * The one exception the ROOT reader raises for a file it cannot read: corrupt, truncated, or using a
 * feature this reader does not support. The message names the file, the object (key, tree, branch,
 * basket) and the byte offset.
 */
public final class RootFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String object;
    private final long fileOffset;
    private final long recordOffset;

    RootFormatException(String file, String object, long fileOffset, long recordOffset, String problem,
            Throwable cause) {
        super(file + ": " + object + ": " + problem + " (" + location(fileOffset, recordOffset) + ")", cause);
        this.file = file;
        this.object = object;
        this.fileOffset = fileOffset;
        this.recordOffset = recordOffset;
    }

    private static String location(long fileOffset, long recordOffset) {
        return recordOffset < 0
                ? "at file offset " + fileOffset
                : "at byte " + recordOffset + " of the record decompressed from the key at file offset "
                        + fileOffset;
    }

    public String file() {
        return file;
    }

    public String object() {
        return object;
    }

    /**
     * Where in the file the problem lies: the exact byte for data read as stored, otherwise the start of
     * the key whose decompressed record holds it (see {@link #recordOffset()}).
     */
    public long fileOffset() {
        return fileOffset;
    }

    /** Offset inside the decompressed record, or -1 when {@link #fileOffset()} is exact. */
    public long recordOffset() {
        return recordOffset;
    }
}
