package org.adtrigger.ingest.root;

/**
 * Arrays that ROOT streams through a pointer member with a length given by another member
 * ({@code Int_t *fBasketBytes; //[fMaxBaskets]}): one flag byte, then the elements unless the pointer
 * was null.
 */
final class ArrayReader {

    private ArrayReader() {
    }

    static int[] ints(RootBuffer in, int length) throws RootFormatException {
        boolean present = in.u8() != 0;
        int[] values = new int[in.count(length, present ? 4 : 1, "array element")];
        for (int i = 0; present && i < length; i++) {
            values[i] = in.i32();
        }
        return values;
    }

    static long[] longs(RootBuffer in, int length) throws RootFormatException {
        boolean present = in.u8() != 0;
        long[] values = new long[in.count(length, present ? 8 : 1, "array element")];
        for (int i = 0; present && i < length; i++) {
            values[i] = in.i64();
        }
        return values;
    }
}
