package org.adtrigger.ingest.root;

/**
 * Arrays of numbers as ROOT streams them: through a pointer member whose length another member gives
 * ({@code Int_t *fBasketBytes; //[fMaxBaskets]}), or with their own length in front (TBuffer::WriteArray).
 */
final class ArrayReader {

    private ArrayReader() {
    }

    /** One flag byte, then {@code length} elements unless the pointer was null (all zero then). */
    static int[] ints(RootBuffer in, int length) throws RootFormatException {
        boolean present = in.u8() != 0;
        int[] values = new int[in.count(length, present ? 4 : 1, "array element")];
        for (int i = 0; present && i < length; i++) {
            values[i] = in.i32();
        }
        return values;
    }

    /** As {@link #ints} for 64-bit elements. */
    static long[] longs(RootBuffer in, int length) throws RootFormatException {
        boolean present = in.u8() != 0;
        long[] values = new long[in.count(length, present ? 8 : 1, "array element")];
        for (int i = 0; present && i < length; i++) {
            values[i] = in.i64();
        }
        return values;
    }

    /** A four-byte length, then that many ints. */
    static int[] lengthPrefixedInts(RootBuffer in, String what) throws RootFormatException {
        int[] values = new int[in.count(in.i32(), 4, what)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.i32();
        }
        return values;
    }
}
