package io.github.raceguard.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expected values are worked out from the algorithm of github/codeql-action src/fingerprints.ts:
 * the hash of a line is the polynomial {@code sum(c[k] * 37^(99-k)) mod 2^64} over the 100
 * characters starting at the line's first character, where spaces and tabs are dropped, CR and
 * CRLF count as one LF (10), the end of the file is the code 65535 and zeros pad the rest. The
 * powers of 37 mod 2^64 used below:
 * <pre>
 *   37^98  mod 2^64 = 0x4fd42b892e998bd9
 *   37^99  mod 2^64 = 0x89aa4ad3bc31365d
 *   37^100 mod 2^64 = 0xe59cd09a331cdb71   (the "firstMod" of the action)
 * </pre>
 * The values below were also cross-checked by running a transcription of the action's TypeScript
 * (with the same {@code long} npm package) on the same inputs.
 */
class LineHashTest {

    @Test
    void powersOf37() {
        long p = 1;
        for (int i = 0; i < 98; i++) {
            p *= 37;
        }
        assertEquals(0x4fd42b892e998bd9L, p);
        assertEquals(0x89aa4ad3bc31365dL, p * 37);
        assertEquals(0xe59cd09a331cdb71L, p * 37 * 37);
    }

    /**
     * "a": line 1 is the window [97, 65535, 0 x 98], so
     * h = 97 * 37^99 + 65535 * 37^98 = 37^98 * (97 * 37 + 65535) = 37^98 * 69124 mod 2^64
     * = 0x053b5d4aabe50d64, printed without the leading zero. No line break, so only one line.
     */
    @Test
    void singleCharacter() {
        long expected = 0x4fd42b892e998bd9L * 69124L;
        assertEquals(0x053b5d4aabe50d64L, expected);
        assertEquals(List.of("53b5d4aabe50d64:1"), LineHash.lineHashes("a"));
    }

    /**
     * "a\n": line 1 = [97, 10, 65535, 0...] = 97*37^99 + 10*37^98 + 65535*37^97;
     * line 2 (the empty line after the final break) = [65535, 0...] = 65535 * 37^99
     * = 65535 * 0x89aa4ad3bc31365d mod 2^64 = 0xc129715d7a2bc9a3.
     */
    @Test
    void trailingNewlineAddsAnEmptyLastLine() {
        long p97 = 1;
        for (int i = 0; i < 97; i++) {
            p97 *= 37;
        }
        long line1 = 97 * p97 * 37 * 37 + 10 * p97 * 37 + 65535 * p97;
        assertEquals(0x243cbaa4685aab12L, line1);
        assertEquals(0xc129715d7a2bc9a3L, 65535 * 0x89aa4ad3bc31365dL);
        assertEquals(List.of("243cbaa4685aab12:1", "c129715d7a2bc9a3:1"), LineHash.lineHashes("a\n"));
    }

    /**
     * Whitespace is dropped and CR, CRLF and LF are the same: line 2 of
     * "x = 1;\r\n\tx = 1;\n  x = 1;\r" hashes "x=1;\nx=1;\n" followed by 65535, exactly like
     * line 1 of "x=1;\nx=1;\n". The last line (after the final CR) is the same 65535 * 37^99 as
     * above.
     */
    @Test
    void whitespaceAndLineEndings() {
        List<String> hashes = LineHash.lineHashes("x = 1;\r\n\tx = 1;\n  x = 1;\r");
        assertEquals(4, hashes.size());
        assertEquals("63f238fa9f4fc47d:1", hashes.get(1));
        assertEquals(hashes.get(1), LineHash.lineHashes("x=1;\nx=1;\n").get(0));
        assertEquals(LineHash.lineHashes("x=1;\r\nx=1;\r").get(0), hashes.get(1));
        assertEquals("c129715d7a2bc9a3:1", hashes.get(3));
        assertEquals(hashes.get(2), LineHash.forLine("x=1;\n", 1));
    }

    /**
     * 120 lines "x\n": the 100-character window of lines 1..71 is 50 times "x\n", so they share
     * h = sum_{j=0..49} (120*37 + 10) * 37^(2j) mod 2^64 = 0xc0fe7b2700d6c254 and get the suffixes
     * :1 .. :71; line 72's window reaches the end of the file (49 times "x\n", 65535, 0), which
     * changes the hash, so its counter starts again at 1.
     */
    @Test
    void repeatedHashesAreNumbered() {
        long p2 = 37L * 37L;
        long h = 0;
        long power = 1;
        for (int j = 0; j < 50; j++) {
            h += (120 * 37 + 10) * power;
            power *= p2;
        }
        assertEquals(0xc0fe7b2700d6c254L, h);

        List<String> hashes = LineHash.lineHashes("x\n".repeat(120));
        assertEquals(121, hashes.size());
        assertEquals("c0fe7b2700d6c254:1", hashes.get(0));
        assertEquals("c0fe7b2700d6c254:2", hashes.get(1));
        assertEquals("c0fe7b2700d6c254:71", hashes.get(70));
        assertEquals("c0fe7b2700fbb0cd:1", hashes.get(71));
        assertEquals("c129715d7a2bc9a3:1", hashes.get(120));
    }

    @Test
    void onlyTheFirstHundredCharactersCount() {
        String head = "a".repeat(100);
        assertEquals(LineHash.lineHashes(head + "b\n").get(0), LineHash.lineHashes(head + "c\nd").get(0));
        assertNotEquals(LineHash.lineHashes("a".repeat(99) + "b").get(0), LineHash.lineHashes("a".repeat(99) + "c").get(0));
    }

    @Test
    void missingLine() {
        assertNull(LineHash.forLine("a", 2));
        assertNull(LineHash.forLine("a", 0));
    }

    /**
     * Reads the file as UTF-8 like the action: the byte order mark stays a character (U+FEFF), and
     * malformed bytes become U+FFFD. Values cross-checked with the action's code on the same bytes.
     */
    @Test
    void readsUtf8TolerantlyLikeTheAction(@TempDir Path dir) throws Exception {
        byte[] bytes = {
                (byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'c', 'l', 'a', 's', 's', ' ', 'A', ' ', '{', '\n',
                ' ', ' ', 'i', 'n', 't', ' ', (byte) 0xc3, (byte) 0xa9, ' ', '=', ' ', '1', ';', ' ', '/', '/', ' ',
                (byte) 0xff, (byte) 0xfe, ' ', 'b', 'a', 'd', ' ', (byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80, '\n',
                '}', '\n'};
        Path file = dir.resolve("Bom.java");
        Files.write(file, bytes);
        String text = LineHash.readText(file);
        assertEquals('\ufeff', text.charAt(0));
        assertTrue(text.contains("\ufffd\ufffd bad \ud83d\ude00"));
        assertEquals(List.of("bcc3343c54b27d18:1", "5b0ffa019cc1550d:1", "32dce9ccfdbc9d3e:1", "c129715d7a2bc9a3:1"),
                LineHash.lineHashes(file));
    }

    /**
     * Malformed input decodes the way Node (WHATWG encoding standard) decodes it, one U+FFFD per
     * maximal invalid subpart: a truncated sequence followed by ASCII gives one U+FFFD and keeps
     * the ASCII; an encoded surrogate (ED A0 80: A0 is outside ED's 80..9F range) gives three; an
     * overlong form (C0 AF: C0 is never a lead byte) gives two; a code point above U+10FFFF
     * (F4 90 ..: 90 is outside F4's 80..8F range) gives four; a truncated 4-byte sequence at the
     * end gives one. The JDK decoder differs on some of these, hence the own decoder.
     */
    @Test
    void decodesMalformedUtf8LikeNode() {
        assertEquals("\ufffda", LineHash.decodeUtf8(bytes(0xe2, 0x82, 'a')));
        assertEquals("\ufffd\ufffd\ufffd", LineHash.decodeUtf8(bytes(0xed, 0xa0, 0x80)));
        assertEquals("\ufffd\ufffd", LineHash.decodeUtf8(bytes(0xc0, 0xaf)));
        assertEquals("\ufffd\ufffd\ufffd\ufffd", LineHash.decodeUtf8(bytes(0xf4, 0x90, 0x80, 0x80)));
        assertEquals("\ufffd\ufffd\ufffd", LineHash.decodeUtf8(bytes(0xe0, 0x80, 0xaf)));
        assertEquals("\ufffd", LineHash.decodeUtf8(bytes(0xf0, 0x9f, 0x98)));
        assertEquals("\ufffd\ufffd", LineHash.decodeUtf8(bytes(0x80, 0x80)));
        assertEquals("\ufffd", LineHash.decodeUtf8(bytes(0xfe)));
        String valid = "\ufeffAä€\ud83d\ude00\u07ff\uffff\udbff\udfff";
        assertEquals(valid, LineHash.decodeUtf8(valid.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
