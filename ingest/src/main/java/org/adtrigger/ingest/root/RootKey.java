package org.adtrigger.ingest.root;

/**
 * One TKey: the header ROOT writes in front of every stored object.
 *
 * @param directory  path of the directory holding the key, "" for the top directory
 * @param className  class of the stored object, e.g. {@code TTree}
 * @param name       object name
 * @param title      object title
 * @param cycle      ROOT's version number for objects stored more than once under one name
 * @param seekKey    file offset of the key
 * @param totalBytes key header plus stored (possibly compressed) object
 * @param keyBytes   length of the key header
 * @param objectBytes uncompressed object length
 */
public record RootKey(String directory, String className, String name, String title, int cycle, long seekKey,
        int totalBytes, int keyBytes, int objectBytes) {

    /** Key versions above this use 64-bit seek pointers. */
    private static final int LARGE_FILE_VERSION = 1000;

    /** Path of the object inside the file, e.g. {@code dir/tree}. */
    public String path() {
        return directory.isEmpty() ? name : directory + "/" + name;
    }

    /** Reads a key header at the buffer's position, checking its lengths against each other. */
    static RootKey read(RootBuffer in, String directory) throws RootFormatException {
        return read(in, directory, true);
    }

    /**
     * Reads a key header; {@code stored} is false for the copy a basket kept inside its tree carries,
     * whose total and object lengths were never filled in because it was never written on its own.
     */
    static RootKey read(RootBuffer in, String directory, boolean stored) throws RootFormatException {
        int start = in.position();
        int totalBytes = in.i32();
        int version = in.i16();
        int objectBytes = in.i32();
        in.i32(); // date and time
        int keyBytes = in.i16();
        int cycle = in.i16();
        long seekKey = version > LARGE_FILE_VERSION ? in.i64() : in.i32() & 0xFFFFFFFFL;
        if (version > LARGE_FILE_VERSION) {
            in.i64(); // parent directory
        } else {
            in.i32();
        }
        String className = in.tstring();
        String name = in.tstring();
        String title = in.tstring();
        int headerBytes = in.position() - start;
        if (keyBytes < headerBytes || stored && (totalBytes < keyBytes || objectBytes < 0)) {
            throw in.error(start, String.format("inconsistent key '%s': total %d, key %d (header alone is %d),"
                    + " object %d bytes", name, totalBytes, keyBytes, headerBytes, objectBytes));
        }
        return new RootKey(directory, className, name, title, cycle, seekKey, totalBytes, keyBytes, objectBytes);
    }

    String describe() {
        return className + " '" + path() + "' (key at file offset " + seekKey + ")";
    }
}
