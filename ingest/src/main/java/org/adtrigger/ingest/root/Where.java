package org.adtrigger.ingest.root;

/**
 * Where a buffer's bytes came from, so that any problem found in them can be reported with the file,
 * the object and the offset.
 *
 * @param file         file name for messages
 * @param object       the object being read, e.g. {@code branch 'lep_pt' basket 2}
 * @param base         file offset of byte 0 of the buffer, or of the key when the buffer was decompressed
 * @param decompressed whether buffer offsets are offsets into decompressed data rather than into the file
 */
record Where(String file, String object, long base, boolean decompressed) {

    static Where inFile(String file, String object, long base) {
        return new Where(file, object, base, false);
    }

    Where about(String otherObject) {
        return new Where(file, otherObject, base, decompressed);
    }

    RootFormatException error(long position, String problem) {
        return error(position, problem, null);
    }

    RootFormatException error(long position, String problem, Throwable cause) {
        return decompressed
                ? new RootFormatException(file, object, base, position, problem, cause)
                : new RootFormatException(file, object, base + position, -1, problem, cause);
    }
}
