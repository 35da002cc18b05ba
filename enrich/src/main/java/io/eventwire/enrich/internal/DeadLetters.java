package io.eventwire.enrich.internal;

import io.eventwire.schema.DeadLetter;
import io.eventwire.schema.RejectReason;
import io.eventwire.schema.Stage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/** Builds the dead letters of records enrich could not process. Stateless. */
public final class DeadLetters {

    /** At most this many bytes of a failed record travel in its dead letter. */
    public static final int PAYLOAD_LIMIT = 64 * 1024;

    private DeadLetters() {
    }

    /**
     * A dead letter for the record at {@code topic}/{@code partition}/{@code offset}.
     *
     * @param rawKey the record's key bytes (the article id), or null
     * @param rawValue the record's value bytes, or null
     */
    public static DeadLetter of(RejectReason code, String reason, String topic, int partition, long offset,
            byte @Nullable [] rawKey, byte @Nullable [] rawValue, @Nullable Exception exception) {
        byte[] value = rawValue == null ? new byte[0] : rawValue;
        boolean truncated = value.length > PAYLOAD_LIMIT;
        return DeadLetter.newBuilder()
                .setReasonCode(code)
                .setReason(reason)
                .setStage(Stage.ENRICH)
                .setArticleId(rawKey == null ? null : new String(rawKey, StandardCharsets.UTF_8))
                .setSourceTopic(topic)
                .setSourcePartition(partition)
                .setSourceOffset(offset)
                .setSizeBytes(value.length)
                .setContentSha256(sha256(value))
                .setPayload(ByteBuffer.wrap(truncated ? Arrays.copyOf(value, PAYLOAD_LIMIT) : value))
                .setPayloadTruncated(truncated)
                .setException(exception == null ? null : exception.getClass().getName() + ": " + exception.getMessage())
                .setFailedAt(Instant.now())
                .build();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
