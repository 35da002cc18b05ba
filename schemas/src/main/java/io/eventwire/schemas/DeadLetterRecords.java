package io.eventwire.schemas;

import io.eventwire.schema.DeadLetter;
import io.eventwire.schema.RejectReason;
import io.eventwire.schema.Stage;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * Dead letters of Kafka records a service could not process: where the record was, why, its SHA-256
 * and its first {@value #PAYLOAD_LIMIT} bytes. The one recipe enrich and sink share. Stateless.
 */
public final class DeadLetterRecords {

    /** The most bytes of a rejected value a dead letter carries. */
    public static final int PAYLOAD_LIMIT = 64 * 1024;

    private DeadLetterRecords() {
    }

    /**
     * The dead letter of the record at {@code topic}/{@code partition}/{@code offset}.
     *
     * @param articleId the article the record is about, or null
     * @param value the record's value bytes, or null
     * @param exception what failed, or null for a plain rejection
     */
    public static DeadLetter of(Stage stage, RejectReason code, String reason, @Nullable String articleId, String topic,
            int partition, long offset, byte @Nullable [] value, @Nullable Exception exception, Instant failedAt) {
        byte[] bytes = value == null ? new byte[0] : value;
        boolean truncated = bytes.length > PAYLOAD_LIMIT;
        return DeadLetter.newBuilder()
                .setReasonCode(code)
                .setReason(reason)
                .setStage(stage)
                .setArticleId(articleId)
                .setSourceTopic(topic)
                .setSourcePartition(partition)
                .setSourceOffset(offset)
                .setSizeBytes(bytes.length)
                .setContentSha256(sha256Hex(bytes))
                .setPayload(ByteBuffer.wrap(truncated ? Arrays.copyOf(bytes, PAYLOAD_LIMIT) : bytes))
                .setPayloadTruncated(truncated)
                .setException(exception == null ? null : exception.getClass().getName() + ": " + exception.getMessage())
                .setFailedAt(failedAt)
                .build();
    }

    /** Lowercase hex SHA-256 of {@code bytes}. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
