package org.myelin.vocab.resolve;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An open-addressing map from (vocabulary, concept code) to a dense concept index. Codes are kept as
 * UTF-8 in one byte array, so millions of codes cost a few bytes each instead of a String object each;
 * an ASCII code is hashed and compared straight from the query String without allocating.
 */
final class CodeIndex {

    private byte[] pool = new byte[1 << 16];
    private int poolUsed;
    private final int[] offsets;
    private final byte[] vocabularies;
    private final boolean[] valid;
    private final int[] slots;
    private final int mask;
    private int size;

    CodeIndex(int expected) {
        offsets = new int[expected + 1];
        vocabularies = new byte[expected];
        valid = new boolean[expected];
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        slots = new int[capacity];
        Arrays.fill(slots, -1);
        mask = capacity - 1;
    }

    /**
     * Adds the code of the next concept index. When a vocabulary repeats a code, a valid concept wins over
     * an invalid one, else the first one stays.
     */
    void add(int vocabulary, String code, boolean valid) {
        byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
        if (poolUsed + bytes.length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolUsed + bytes.length));
        }
        System.arraycopy(bytes, 0, pool, poolUsed, bytes.length);
        int index = size++;
        offsets[index] = poolUsed;
        poolUsed += bytes.length;
        offsets[index + 1] = poolUsed;
        vocabularies[index] = (byte) vocabulary;
        int slot = hash(vocabulary, bytes) & mask;
        this.valid[index] = valid;
        while (slots[slot] >= 0) {
            if (matches(slots[slot], vocabulary, bytes)) {
                if (valid && !this.valid[slots[slot]]) {
                    slots[slot] = index;
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = index;
    }

    /** The concept index of the code, or -1. */
    int get(int vocabulary, String code) {
        int h = vocabulary * 0x9E3779B9;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= 0x80) {
                return get(vocabulary, code.getBytes(StandardCharsets.UTF_8));
            }
            h = h * 31 + c;
        }
        int slot = mix(h) & mask;
        while (slots[slot] >= 0) {
            int index = slots[slot];
            if (vocabularies[index] == vocabulary && equalsAscii(index, code)) {
                return index;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    long bytes() {
        return pool.length + 4L * offsets.length + 2L * vocabularies.length + 4L * slots.length;
    }

    private int get(int vocabulary, byte[] code) {
        int slot = hash(vocabulary, code) & mask;
        while (slots[slot] >= 0) {
            if (matches(slots[slot], vocabulary, code)) {
                return slots[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private boolean equalsAscii(int index, String code) {
        int from = offsets[index];
        if (offsets[index + 1] - from != code.length()) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (pool[from + i] != code.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean matches(int index, int vocabulary, byte[] code) {
        return vocabularies[index] == vocabulary
                && Arrays.equals(pool, offsets[index], offsets[index + 1], code, 0, code.length);
    }

    private static int hash(int vocabulary, byte[] code) {
        int h = vocabulary * 0x9E3779B9;
        for (byte b : code) {
            h = h * 31 + (b & 0xFF);
        }
        return mix(h);
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        return h ^ (h >>> 13);
    }
}
