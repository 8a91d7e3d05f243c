package org.adtrigger.ingest.root;

import java.nio.ByteBuffer;
import java.util.Map;

/** The primitive types a branch can hold, with how they are stored (big-endian) and returned. */
public enum ElementType {
    BOOL(1, "bool", boolean.class),
    INT8(1, "int8_t", byte.class),
    UINT8(1, "uint8_t", byte.class),
    INT16(2, "int16_t", short.class),
    UINT16(2, "uint16_t", short.class),
    INT32(4, "int32_t", int.class),
    UINT32(4, "uint32_t", int.class),
    INT64(8, "int64_t", long.class),
    UINT64(8, "uint64_t", long.class),
    FLOAT32(4, "float", float.class),
    FLOAT64(8, "double", double.class);

    private static final Map<String, ElementType> CPP_NAMES = Map.ofEntries(
            Map.entry("bool", BOOL), Map.entry("Bool_t", BOOL),
            Map.entry("char", INT8), Map.entry("signed char", INT8), Map.entry("Char_t", INT8),
            Map.entry("unsigned char", UINT8), Map.entry("UChar_t", UINT8),
            Map.entry("short", INT16), Map.entry("Short_t", INT16),
            Map.entry("unsigned short", UINT16), Map.entry("UShort_t", UINT16),
            Map.entry("int", INT32), Map.entry("Int_t", INT32),
            Map.entry("unsigned int", UINT32), Map.entry("UInt_t", UINT32),
            Map.entry("long", INT64), Map.entry("long long", INT64), Map.entry("Long64_t", INT64),
            Map.entry("Long_t", INT64),
            Map.entry("unsigned long", UINT64), Map.entry("unsigned long long", UINT64),
            Map.entry("ULong64_t", UINT64), Map.entry("ULong_t", UINT64),
            Map.entry("float", FLOAT32), Map.entry("Float_t", FLOAT32),
            Map.entry("double", FLOAT64), Map.entry("Double_t", FLOAT64),
            // Without a range in its comment, ROOT streams Double32_t as a float: this is how the
            // std::vector<Double32_t> branches of ADFilter ntuples are stored.
            Map.entry("Double32_t", FLOAT32));

    private final int bytes;
    private final String cppName;
    private final Class<?> javaType;

    ElementType(int bytes, String cppName, Class<?> javaType) {
        this.bytes = bytes;
        this.cppName = cppName;
        this.javaType = javaType;
    }

    /** Bytes per element on disk. */
    public int bytes() {
        return bytes;
    }

    public String cppName() {
        return cppName;
    }

    /** The Java primitive type of the arrays holding it; unsigned types share their signed twin's. */
    public Class<?> javaType() {
        return javaType;
    }

    /** The type a C++ name such as {@code unsigned int} or {@code Float_t} denotes, or null. */
    static ElementType ofCppName(String name) {
        return CPP_NAMES.get(name.trim());
    }

    /** The type of a basic leaf class such as {@code TLeafF}, or null for other leaf classes. */
    static ElementType ofLeafClass(String leafClass, boolean unsigned) {
        switch (leafClass) {
            case "TLeafO": return BOOL;
            case "TLeafB": return unsigned ? UINT8 : INT8;
            case "TLeafS": return unsigned ? UINT16 : INT16;
            case "TLeafI": return unsigned ? UINT32 : INT32;
            case "TLeafL": return unsigned ? UINT64 : INT64;
            case "TLeafF": return FLOAT32;
            case "TLeafD": return FLOAT64;
            default: return null;
        }
    }

    Object newArray(int length) {
        return java.lang.reflect.Array.newInstance(javaType, length);
    }

    /** Decodes {@code count} big-endian elements at {@code offset} into {@code target} from {@code at}. */
    void decode(byte[] source, int offset, int count, Object target, int at) {
        ByteBuffer in = ByteBuffer.wrap(source, offset, count * bytes);
        switch (this) {
            case BOOL -> {
                boolean[] out = (boolean[]) target;
                for (int i = 0; i < count; i++) {
                    out[at + i] = source[offset + i] != 0;
                }
            }
            case INT8, UINT8 -> System.arraycopy(source, offset, target, at, count);
            case INT16, UINT16 -> in.asShortBuffer().get((short[]) target, at, count);
            case INT32, UINT32 -> in.asIntBuffer().get((int[]) target, at, count);
            case INT64, UINT64 -> in.asLongBuffer().get((long[]) target, at, count);
            case FLOAT32 -> in.asFloatBuffer().get((float[]) target, at, count);
            case FLOAT64 -> in.asDoubleBuffer().get((double[]) target, at, count);
            default -> throw new AssertionError(this);
        }
    }

    /** Element {@code i} of an array of this type as a double, reading unsigned types as unsigned. */
    double toDouble(Object array, int i) {
        return switch (this) {
            case BOOL -> ((boolean[]) array)[i] ? 1 : 0;
            case INT8 -> ((byte[]) array)[i];
            case UINT8 -> ((byte[]) array)[i] & 0xFF;
            case INT16 -> ((short[]) array)[i];
            case UINT16 -> ((short[]) array)[i] & 0xFFFF;
            case INT32 -> ((int[]) array)[i];
            case UINT32 -> ((int[]) array)[i] & 0xFFFFFFFFL;
            case INT64 -> ((long[]) array)[i];
            case UINT64 -> unsignedToDouble(((long[]) array)[i]);
            case FLOAT32 -> ((float[]) array)[i];
            case FLOAT64 -> ((double[]) array)[i];
        };
    }

    private static double unsignedToDouble(long v) {
        return v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
    }
}
