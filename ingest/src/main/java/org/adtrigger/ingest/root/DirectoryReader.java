package org.adtrigger.ingest.root;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists the keys of the top directory and, recursively, of its subdirectories. Recursion is capped and
 * each key list is visited once, so a corrupt file cannot make it loop.
 */
final class DirectoryReader {

    private static final int MAX_DEPTH = 16;
    private static final int DIRECTORY_RECORD_BYTES = 42;
    private static final int SMALLEST_KEY_BYTES = 30;
    private static final int LARGE_FILE_VERSION = 1000;

    private final RecordReader records;
    private final Set<Long> visited = new HashSet<>();
    private final List<RootKey> keys = new ArrayList<>();

    private DirectoryReader(RecordReader records) {
        this.records = records;
    }

    static List<RootKey> readAll(RecordReader records, FileHeader header) throws IOException {
        DirectoryReader reader = new DirectoryReader(records);
        ByteSource source = records.source();
        long at = header.begin() + header.nameBytes();
        String object = "top directory";
        byte[] raw = source.read(at, Math.min(DIRECTORY_RECORD_BYTES, source.size() - at), object);
        reader.readDirectory(new RootBuffer(raw, Where.inFile(source.name(), object, at), 0), "", 0);
        return List.copyOf(reader.keys);
    }

    private void readDirectory(RootBuffer in, String path, int depth) throws IOException {
        int version = in.i16();
        boolean large = version > LARGE_FILE_VERSION;
        in.skip(8); // creation and modification times
        int keyListBytes = in.i32();
        in.i32(); // bytes of the directory's name record
        in.skip(large ? 16 : 8); // own and parent directory seeks
        long seekKeys = large ? in.i64() : in.i32() & 0xFFFFFFFFL;
        if (!visited.add(seekKeys)) {
            throw in.error("directory key list at " + seekKeys + " is reached twice: the directories form a loop");
        }
        readKeyList(seekKeys, keyListBytes, path, depth);
    }

    private void readKeyList(long seekKeys, int keyListBytes, String path, int depth) throws IOException {
        String object = "key list of directory '" + path + "'";
        byte[] raw = records.source().read(seekKeys, keyListBytes, object);
        RootBuffer in = new RootBuffer(raw, Where.inFile(records.source().name(), object, seekKeys), 0);
        RootKey self = RootKey.read(in, path);
        in.seek(self.keyBytes());
        int count = in.count(in.i32(), SMALLEST_KEY_BYTES, "key");
        List<RootKey> found = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            found.add(RootKey.read(in, path));
        }
        keys.addAll(found);
        for (RootKey key : found) {
            if (key.className().equals("TDirectory") || key.className().equals("TDirectoryFile")) {
                if (depth + 1 >= MAX_DEPTH) {
                    throw in.error("directories nest deeper than " + MAX_DEPTH + " levels");
                }
                readDirectory(records.payload(key, key.describe()), key.path(), depth + 1);
            }
        }
    }
}
