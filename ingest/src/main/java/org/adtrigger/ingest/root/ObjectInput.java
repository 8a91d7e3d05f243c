package org.adtrigger.ingest.root;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROOT's object serialisation on top of a {@link RootBuffer}: class-version headers with byte counts,
 * TObject/TNamed bases, TObjArray, and pointers written as new-class tags, class references or object
 * references.
 *
 * <p>Objects that a parser does not understand are skipped by their byte count. Nesting is capped, so a
 * corrupt file cannot exhaust the stack.
 */
final class ObjectInput {

    /** Parses the body of a pointed-to object of the given class; the header is not yet read. */
    interface Parser {
        Object parse(String className, ObjectInput in) throws RootFormatException;
    }

    /** A class-version header; {@code end} is -1 when the object carries no byte count. */
    record Header(int start, int end, int version) {
    }

    /** Stands for a pointed-to object this reader skipped, so references to it stay distinguishable. */
    static final Object SKIPPED = new Object();

    private static final int BYTE_COUNT_MASK = 0x40000000;
    private static final int CLASS_MASK = 0x80000000;
    private static final int NEW_CLASS_TAG = 0xFFFFFFFF;
    private static final int MAP_OFFSET = 2;
    private static final int IS_REFERENCED = 1 << 4;
    private static final int MAX_CLASS_NAME = 256;
    private static final int MAX_DEPTH = 64;

    private final RootBuffer in;
    private final Map<Integer, String> classes = new HashMap<>();
    private final Map<Integer, Object> objects = new HashMap<>();
    private int depth;

    ObjectInput(RootBuffer in) {
        this.in = in;
    }

    RootBuffer buffer() {
        return in;
    }

    /** Reads a version header, with its byte count when it has one. */
    Header header(String className) throws RootFormatException {
        int start = in.position();
        int first = in.peekI32();
        if ((first & BYTE_COUNT_MASK) != 0) {
            in.skip(4);
            long end = (long) in.position() + (first & ~BYTE_COUNT_MASK);
            if (end > in.limit()) {
                throw in.error(start, className + " byte count " + (first & ~BYTE_COUNT_MASK)
                        + " runs past the end of the record");
            }
            int version = in.i16();
            return new Header(start, (int) end, version);
        }
        return new Header(start, -1, in.i16());
    }

    /** Moves past the object: checks the parser stayed inside the byte count, then skips any rest. */
    void end(Header header, String className) throws RootFormatException {
        if (header.end() < 0) {
            return;
        }
        if (in.position() > header.end()) {
            throw in.error(header.start(), className + " read " + (in.position() - header.start())
                    + " bytes, more than its byte count allows");
        }
        in.seek(header.end());
    }

    /** Skips an object the reader does not need; only possible when it carries a byte count. */
    void skipObject(String className) throws RootFormatException {
        Header header = header(className);
        if (header.end() < 0) {
            throw in.error(header.start(), className + " has no byte count, so it cannot be skipped");
        }
        in.seek(header.end());
    }

    void tobject() throws RootFormatException {
        header("TObject");
        in.i32(); // unique id
        int bits = in.i32();
        if ((bits & IS_REFERENCED) != 0) {
            in.i16(); // process id of a referenced object
        }
    }

    /** Reads a TNamed and returns {name, title}. */
    String[] tnamed() throws RootFormatException {
        Header header = header("TNamed");
        tobject();
        String[] nameTitle = {in.tstring(), in.tstring()};
        end(header, "TNamed");
        return nameTitle;
    }

    /** A TObjArray; elements are parsed by {@code parser}, and null slots stay null. */
    List<Object> objArray(Parser parser) throws RootFormatException {
        Header header = header("TObjArray");
        if (header.version() > 2) {
            tobject();
        }
        if (header.version() > 1) {
            in.tstring();
        }
        int count = in.count(in.i32(), 4, "TObjArray element");
        in.i32(); // lower bound
        List<Object> elements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            elements.add(pointer(parser));
        }
        end(header, "TObjArray");
        return elements;
    }

    /** A pointer: null, a reference to an object read before, or a new object (with its class). */
    Object pointer(Parser parser) throws RootFormatException {
        int start = in.position();
        int tag = in.i32();
        if (tag == 0) {
            return null;
        }
        long end = -1;
        if ((tag & BYTE_COUNT_MASK) != 0 && tag != NEW_CLASS_TAG) {
            end = (long) in.position() + (tag & ~BYTE_COUNT_MASK);
            if (end > in.limit()) {
                throw in.error(start, "object byte count " + (tag & ~BYTE_COUNT_MASK) + " runs past the record");
            }
            tag = in.i32();
        }
        if ((tag & CLASS_MASK) == 0) {
            return objects.getOrDefault(tag, SKIPPED);
        }
        String className = className(tag);
        if (end < 0) {
            throw in.error(start, "object of class " + className + " has no byte count");
        }
        if (++depth > MAX_DEPTH) {
            throw in.error(start, "objects nest deeper than " + MAX_DEPTH + " levels");
        }
        Object object;
        try {
            object = parser.parse(className, this);
        } finally {
            depth--;
        }
        if (in.position() > end) {
            throw in.error(start, className + " read past its byte count");
        }
        in.seek(end);
        objects.put(rootKey(start), object == null ? SKIPPED : object);
        return object;
    }

    private String className(int tag) throws RootFormatException {
        int tagAt = in.position() - 4;
        if (tag == NEW_CLASS_TAG) {
            String name = in.cstring(MAX_CLASS_NAME);
            classes.put(rootKey(tagAt), name);
            return name;
        }
        String name = classes.get(tag & ~CLASS_MASK);
        if (name == null) {
            throw in.error(tagAt, String.format("reference to unknown class tag 0x%08x", tag));
        }
        return name;
    }

    /** ROOT keys its reference maps by buffer position plus a fixed offset. */
    private int rootKey(int position) {
        return in.toRootPosition(position) + MAP_OFFSET;
    }
}
