package org.myelin.vocab.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Splits a byte stream into lines without decoding it, reusing one growing buffer. */
final class LineReader {

    private final InputStream in;
    private byte[] buffer = new byte[1 << 20];
    private int start;
    private int limit;
    private boolean eof;
    private int lineStart;
    private int lineEnd;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** Advances to the next line; false at the end of the stream. The line excludes its \n and any \r before it. */
    boolean next() throws IOException {
        int scan = start;
        while (true) {
            for (int i = scan; i < limit; i++) {
                if (buffer[i] == '\n') {
                    setLine(start, i);
                    start = i + 1;
                    return true;
                }
            }
            if (eof) {
                if (start < limit) {
                    setLine(start, limit);
                    start = limit;
                    return true;
                }
                return false;
            }
            scan = limit - start;
            fill();
        }
    }

    byte[] buffer() {
        return buffer;
    }

    int lineStart() {
        return lineStart;
    }

    int lineEnd() {
        return lineEnd;
    }

    private void setLine(int from, int to) {
        lineStart = from;
        lineEnd = to > from && buffer[to - 1] == '\r' ? to - 1 : to;
    }

    private void fill() throws IOException {
        int pending = limit - start;
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, pending);
        } else if (pending == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        start = 0;
        limit = pending;
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            eof = true;
        } else {
            limit += read;
        }
    }
}
