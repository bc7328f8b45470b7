package org.doctally.engine;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.doctally.report.Finding;
import org.doctally.report.Position;

/** Decodes a document strictly, so that a byte that is not UTF-8 is named instead of replaced by U+FFFD. */
final class Utf8 {

    private Utf8() {
    }

    /** Returns the decoded text, or throws a finding naming the first invalid byte. */
    static String decode(String path, byte[] bytes) throws UnreadableDocumentException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new UnreadableDocumentException(invalidByte(path, bytes, in.position()));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static Finding invalidByte(String path, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            boolean lineEnd = bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n');
            if (lineEnd) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
        String message = String.format("not valid UTF-8: byte 0x%02X at offset %d; save the file as UTF-8,"
                + " doctally leaves it as it is", bytes[offset] & 0xFF, offset);
        return Finding.error(new Position(path, line, column), message);
    }
}
