package org.adtrigger.ingest.root;

import java.util.Arrays;
import java.util.Random;

/**
 * Damages a copy of a file the way corruption and hostile input do: bit flips, overwritten bytes and
 * lengths, truncation, inserted and deleted junk, aimed mostly at the header, the key list and the tree
 * record where the reader's structure lives.
 */
final class Mutator {

    /** A damaged file and what was done to it, for the failure message. */
    record Mutant(byte[] bytes, String description) {
    }

    private static final int[] INTERESTING = {0, 1, -1, 2, 0x7F, 0xFF, 0x7FFF, 0xFFFF, 0x7FFFFFFF, 0x80000000,
        0x40000000, 0x40000001, 0x4000FFFF, 0x80000002, 0xFFFFFFFE, 1 << 20, 1 << 30};

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    Mutant mutate(FuzzSample sample) {
        byte[] bytes = sample.bytes().clone();
        StringBuilder what = new StringBuilder();
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations && bytes.length > 0; i++) {
            int at = target(sample, bytes.length);
            int op = random.nextInt(100);
            if (op < 30) {
                int bit = random.nextInt(8);
                bytes[at] ^= (byte) (1 << bit);
                what.append(String.format("flip bit %d at %d; ", bit, at));
            } else if (op < 50) {
                bytes[at] = (byte) random.nextInt(256);
                what.append(String.format("byte %d := 0x%02x; ", at, bytes[at] & 0xFF));
            } else if (op < 75) {
                int value = interestingInt(bytes, at);
                for (int k = 0; k < 4 && at + k < bytes.length; k++) {
                    bytes[at + k] = (byte) (value >>> (24 - 8 * k));
                }
                what.append(String.format("int at %d := 0x%08x; ", at, value));
            } else if (op < 80) {
                bytes = Arrays.copyOf(bytes, at);
                what.append("truncate to ").append(at).append("; ");
            } else if (op < 90) {
                int count = 1 + random.nextInt(16);
                byte[] grown = new byte[bytes.length + count];
                System.arraycopy(bytes, 0, grown, 0, at);
                for (int k = 0; k < count; k++) {
                    grown[at + k] = (byte) random.nextInt(256);
                }
                System.arraycopy(bytes, at, grown, at + count, bytes.length - at);
                bytes = grown;
                what.append("insert ").append(count).append(" junk bytes at ").append(at).append("; ");
            } else {
                int count = Math.min(1 + random.nextInt(16), bytes.length - at);
                byte[] shrunk = new byte[bytes.length - count];
                System.arraycopy(bytes, 0, shrunk, 0, at);
                System.arraycopy(bytes, at + count, shrunk, at, bytes.length - at - count);
                bytes = shrunk;
                what.append("delete ").append(count).append(" bytes at ").append(at).append("; ");
            }
        }
        return new Mutant(bytes, what.toString());
    }

    private int target(FuzzSample sample, int length) {
        int region = random.nextInt(100);
        int from;
        int to;
        if (region < 15) {
            from = 0;
            to = 300;
        } else if (region < 30) {
            from = sample.keysEnd() - 700;
            to = sample.keysEnd();
        } else if (region < 75) {
            from = sample.treeStart();
            to = sample.treeEnd();
        } else {
            from = 0;
            to = length;
        }
        from = Math.max(0, Math.min(from, length - 1));
        to = Math.max(from + 1, Math.min(to, length));
        return from + random.nextInt(to - from);
    }

    private int interestingInt(byte[] bytes, int at) {
        if (random.nextBoolean()) {
            return INTERESTING[random.nextInt(INTERESTING.length)];
        }
        int old = 0;
        for (int k = 0; k < 4 && at + k < bytes.length; k++) {
            old = old << 8 | (bytes[at + k] & 0xFF);
        }
        return switch (random.nextInt(4)) {
            case 0 -> old + 1;
            case 1 -> old - 1;
            case 2 -> old * 2;
            default -> random.nextInt();
        };
    }
}
