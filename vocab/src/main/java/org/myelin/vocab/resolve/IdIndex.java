package org.myelin.vocab.resolve;

import java.util.Arrays;

/** An open-addressing map from concept id to a dense index, two int arrays and no boxing. */
final class IdIndex {

    private final int[] keys;
    private final int[] values;
    private final int mask;

    IdIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new int[capacity];
        values = new int[capacity];
        Arrays.fill(values, -1);
        mask = capacity - 1;
    }

    void put(int id, int index) {
        int slot = slot(id);
        while (values[slot] >= 0 && keys[slot] != id) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = id;
        values[slot] = index;
    }

    /** The index of the id, or -1. */
    int get(int id) {
        int slot = slot(id);
        while (values[slot] >= 0) {
            if (keys[slot] == id) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    long bytes() {
        return 8L * keys.length;
    }

    private int slot(int id) {
        int h = id * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
