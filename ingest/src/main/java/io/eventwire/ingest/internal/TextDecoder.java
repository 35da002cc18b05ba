package io.eventwire.ingest.internal;

import io.eventwire.schema.RejectReason;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, or rejects them: empty or whitespace-only ({@code EMPTY}),
 * binary ({@code BINARY}: a NUL byte or over 10% control bytes in the first 8 KiB), or not valid
 * UTF-8 ({@code NOT_UTF8}, strict decoding). A leading UTF-8 byte order mark is dropped. Stateless.
 */
public final class TextDecoder {

    /** How many leading bytes the binary check samples. */
    static final int BINARY_SAMPLE_BYTES = 8 * 1024;
    /** Share of control bytes in the sample above which the file counts as binary. */
    static final double MAX_CONTROL_SHARE = 0.10;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private TextDecoder() {
    }

    /** The text of {@code bytes}; throws the rejection when they are not usable text. */
    public static String decode(byte[] bytes) throws RejectedInputException {
        if (bytes.length == 0) {
            throw new RejectedInputException(RejectReason.EMPTY, "file is empty (0 bytes)");
        }
        rejectBinary(bytes);
        String text = strictUtf8(bytes);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new RejectedInputException(RejectReason.EMPTY,
                    "file holds only whitespace (" + bytes.length + " bytes)");
        }
        return text;
    }

    private static void rejectBinary(byte[] bytes) throws RejectedInputException {
        int sample = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                throw new RejectedInputException(RejectReason.BINARY,
                        "file looks binary: NUL byte at offset " + i);
            }
            if (isControl(bytes[i])) {
                controls++;
            }
        }
        if (controls > sample * MAX_CONTROL_SHARE) {
            throw new RejectedInputException(RejectReason.BINARY, "file looks binary: " + controls + " of its first "
                    + sample + " bytes are control characters");
        }
    }

    private static boolean isControl(byte b) {
        return (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
    }

    private static String strictUtf8(byte[] bytes) throws RejectedInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new RejectedInputException(RejectReason.NOT_UTF8,
                    "file is not valid UTF-8: invalid byte sequence at offset " + in.position());
        }
        return out.flip().toString();
    }
}
