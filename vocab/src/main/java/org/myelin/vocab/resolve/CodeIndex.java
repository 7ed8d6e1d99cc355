package org.myelin.vocab.resolve;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An open-addressing map from (vocabulary, concept code) to a dense concept index. Each code is kept as
 * its vocabulary's number followed by its UTF-8 bytes in one byte array, so millions of codes cost a
 * few bytes each instead of a String each. A slot holds the key's 32-bit hash beside the index, so a
 * probe touches the code bytes only on a likely match, and an ASCII query is hashed and compared
 * straight from the String without allocating.
 */
final class CodeIndex {

    private byte[] pool = new byte[1 << 16];
    private int poolUsed;
    private final int[] offsets;
    private final boolean[] valid;
    private final long[] slots;
    private final int mask;
    private int size;

    CodeIndex(int expected) {
        offsets = new int[expected + 1];
        valid = new boolean[expected];
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        slots = new long[capacity];
        mask = capacity - 1;
    }

    /**
     * Adds the code of the next concept index. When a vocabulary repeats a code, a valid concept wins over
     * an invalid one, else the first one stays.
     */
    void add(int vocabulary, String code, boolean isValid) {
        byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
        if (poolUsed + bytes.length + 1 > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolUsed + bytes.length + 1));
        }
        int index = size++;
        offsets[index] = poolUsed;
        pool[poolUsed++] = (byte) vocabulary;
        System.arraycopy(bytes, 0, pool, poolUsed, bytes.length);
        poolUsed += bytes.length;
        offsets[index + 1] = poolUsed;
        valid[index] = isValid;
        int hash = hash(vocabulary, bytes);
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if (entry == 0) {
                slots[slot] = entry(hash, index);
                return;
            }
            int existing = (int) entry - 1;
            if ((int) (entry >>> 32) == hash && matches(existing, vocabulary, bytes)) {
                if (isValid && !valid[existing]) {
                    slots[slot] = entry(hash, index);
                }
                return;
            }
        }
    }

    /** The concept index of the code, or -1. */
    int get(int vocabulary, String code) {
        int hash = vocabulary * 0x9E3779B9;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= 0x80) {
                return get(vocabulary, code.getBytes(StandardCharsets.UTF_8));
            }
            hash = hash * 31 + c;
        }
        hash = mix(hash);
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            int index = (int) entry - 1;
            if ((int) (entry >>> 32) == hash && equalsAscii(index, vocabulary, code)) {
                return index;
            }
        }
    }

    long bytes() {
        return pool.length + 4L * offsets.length + valid.length + 8L * slots.length;
    }

    private int get(int vocabulary, byte[] code) {
        int hash = hash(vocabulary, code);
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            int index = (int) entry - 1;
            if ((int) (entry >>> 32) == hash && matches(index, vocabulary, code)) {
                return index;
            }
        }
    }

    private boolean equalsAscii(int index, int vocabulary, String code) {
        int from = offsets[index];
        if (offsets[index + 1] - from - 1 != code.length() || pool[from] != (byte) vocabulary) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (pool[from + 1 + i] != code.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean matches(int index, int vocabulary, byte[] code) {
        int from = offsets[index];
        return pool[from] == (byte) vocabulary
                && Arrays.equals(pool, from + 1, offsets[index + 1], code, 0, code.length);
    }

    private static long entry(int hash, int index) {
        return ((long) hash << 32) | (index + 1L);
    }

    private static int hash(int vocabulary, byte[] code) {
        int hash = vocabulary * 0x9E3779B9;
        for (byte b : code) {
            hash = hash * 31 + (b & 0xFF);
        }
        return mix(hash);
    }

    private static int mix(int hash) {
        hash ^= hash >>> 16;
        hash *= 0x85EBCA6B;
        return hash ^ (hash >>> 13);
    }
}
