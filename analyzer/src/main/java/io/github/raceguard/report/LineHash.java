package io.github.raceguard.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub code scanning's {@code primaryLocationLineHash}, computed exactly the way
 * {@code github/codeql-action} computes it in {@code src/fingerprints.ts} (function {@code hash})
 * when a SARIF upload lacks it. Emitting the same value keeps alerts stable across unrelated edits
 * and avoids the action's "inconsistent fingerprint" warning.
 *
 * <p>The algorithm, per line:
 * <ul>
 *   <li>The text is read as UTF-16 code units (the action decodes the file as UTF-8 the way Node
 *       does; malformed bytes become U+FFFD, see {@link #readText(Path)}). Spaces ({@code ' '}) and tabs are skipped entirely; {@code \r} and
 *       {@code \r\n} become a single {@code \n}; every other code unit, including {@code \n},
 *       takes part.</li>
 *   <li>After the input, a special end-of-file code 65535 is appended, then zeros so that each
 *       line has 100 characters to hash.</li>
 *   <li>The hash of a line is the polynomial rolling hash of the 100 characters starting at the
 *       line's first non-skipped character: {@code sum(c[k] * 37^(99-k)) mod 2^64}, printed as
 *       unsigned lowercase hexadecimal without leading zeros.</li>
 *   <li>The value is {@code hex:n} where {@code n} counts how often that hex value has occurred so
 *       far in the file, lines taken in order (first occurrence {@code :1}).</li>
 * </ul>
 * Line numbers count the {@code \n}s (after normalisation) that precede the line, plus one; a file
 * ending with a line break therefore also gets a hash for the empty line after it, as in the
 * action.
 */
public final class LineHash {

    private static final int BLOCK_SIZE = 100;
    private static final long MOD = 37;
    private static final int EOF = 65535;
    private static final long FIRST_MOD = computeFirstMod();

    private LineHash() {
    }

    private static long computeFirstMod() {
        long firstMod = 1;
        for (int i = 0; i < BLOCK_SIZE; i++) {
            firstMod *= MOD; // Java long arithmetic wraps mod 2^64, like Long.multiply in the action
        }
        return firstMod;
    }

    /**
     * The hash of every line of {@code text}: element {@code i} is the value for line {@code i + 1}.
     * The list has one more element than there are line breaks (the line after the last break, even
     * when it is empty).
     */
    public static List<String> lineHashes(CharSequence text) {
        Hasher hasher = new Hasher();
        for (int i = 0; i < text.length(); i++) {
            hasher.process(text.charAt(i));
        }
        return hasher.finish();
    }

    /** The hash of the 1-based {@code line} of {@code text}, or {@code null} when there is no such line. */
    public static String forLine(CharSequence text, int line) {
        List<String> hashes = lineHashes(text);
        return line >= 1 && line <= hashes.size() ? hashes.get(line - 1) : null;
    }

    /**
     * Reads a file the way the action does ({@code fs.createReadStream(path, "utf8")}): as UTF-8
     * following the WHATWG decoding rules Node uses, so each malformed sequence becomes U+FFFD
     * exactly as in Node (for instance an encoded surrogate {@code ED A0 80} gives three, where
     * the JDK decoder gives one); a byte order mark is kept as a character.
     */
    public static String readText(Path file) throws IOException {
        return decodeUtf8(Files.readAllBytes(file));
    }

    /** The WHATWG "UTF-8 decode without BOM" algorithm (encoding.spec.whatwg.org, utf-8 decoder). */
    static String decodeUtf8(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int codePoint = 0;
        int bytesSeen = 0;
        int bytesNeeded = 0;
        int lower = 0x80;
        int upper = 0xBF;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            if (bytesNeeded == 0) {
                i++;
                if (b <= 0x7F) {
                    out.append((char) b);
                } else if (b >= 0xC2 && b <= 0xDF) {
                    bytesNeeded = 1;
                    codePoint = b & 0x1F;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    if (b == 0xE0) {
                        lower = 0xA0;
                    } else if (b == 0xED) {
                        upper = 0x9F;
                    }
                    bytesNeeded = 2;
                    codePoint = b & 0xF;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    if (b == 0xF0) {
                        lower = 0x90;
                    } else if (b == 0xF4) {
                        upper = 0x8F;
                    }
                    bytesNeeded = 3;
                    codePoint = b & 0x7;
                } else {
                    out.append('\ufffd');
                }
                continue;
            }
            if (b < lower || b > upper) {
                // error; the byte is processed again as the start of a new sequence
                codePoint = 0;
                bytesNeeded = 0;
                bytesSeen = 0;
                lower = 0x80;
                upper = 0xBF;
                out.append('\ufffd');
                continue;
            }
            i++;
            lower = 0x80;
            upper = 0xBF;
            codePoint = (codePoint << 6) | (b & 0x3F);
            bytesSeen++;
            if (bytesSeen == bytesNeeded) {
                out.appendCodePoint(codePoint);
                codePoint = 0;
                bytesNeeded = 0;
                bytesSeen = 0;
            }
        }
        if (bytesNeeded != 0) {
            out.append('\ufffd');
        }
        return out.toString();
    }

    /** The line hashes of a file read with {@link #readText(Path)}. */
    public static List<String> lineHashes(Path file) throws IOException {
        return lineHashes(readText(file));
    }

    /** Direct transcription of the action's {@code hash} function; see the class comment. */
    private static final class Hasher {
        private final int[] window = new int[BLOCK_SIZE];
        private final int[] lineNumbers = new int[BLOCK_SIZE];
        private final Map<String, Integer> hashCounts = new HashMap<>();
        private final List<String> out = new ArrayList<>();
        private long hashRaw;
        private int index;
        private int lineNumber;
        private boolean lineStart = true;
        private boolean prevCR;

        Hasher() {
            java.util.Arrays.fill(lineNumbers, -1);
        }

        private void outputHash() {
            String hashValue = Long.toHexString(hashRaw); // unsigned hex, like toUnsigned().toString(16)
            int count = hashCounts.merge(hashValue, 1, Integer::sum);
            int line = lineNumbers[index];
            // lines are output in increasing order, each exactly once
            while (out.size() < line - 1) {
                out.add(null);
            }
            out.add(hashValue + ":" + count);
            lineNumbers[index] = -1;
        }

        private void updateHash(int current) {
            int begin = window[index];
            window[index] = current;
            hashRaw = MOD * hashRaw + current - FIRST_MOD * begin;
            index = (index + 1) % BLOCK_SIZE;
        }

        void process(int current) {
            if (current == ' ' || current == '\t' || (prevCR && current == '\n')) {
                prevCR = false;
                return;
            }
            if (current == '\r') {
                current = '\n';
                prevCR = true;
            } else {
                prevCR = false;
            }
            if (lineNumbers[index] != -1) {
                outputHash();
            }
            if (lineStart) {
                lineStart = false;
                lineNumber++;
                lineNumbers[index] = lineNumber;
            }
            if (current == '\n') {
                lineStart = true;
            }
            updateHash(current);
        }

        List<String> finish() {
            process(EOF);
            for (int i = 0; i < BLOCK_SIZE; i++) {
                if (lineNumbers[index] != -1) {
                    outputHash();
                }
                updateHash(0);
            }
            return out;
        }
    }
}
