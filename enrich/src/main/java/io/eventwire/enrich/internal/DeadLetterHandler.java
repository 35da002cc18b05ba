package io.eventwire.enrich.internal;

import io.eventwire.enrich.EnrichCounters;
import io.eventwire.enrich.clean.UnprocessableArticleException;
import io.eventwire.schema.DeadLetter;
import io.eventwire.schema.RejectReason;
import io.eventwire.schema.Stage;
import io.eventwire.schemas.DeadLetterRecords;
import io.eventwire.schemas.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path for bad records in enrich: a record that cannot be deserialized, processed or
 * produced becomes a {@link DeadLetter} on the dead-letter topic (inside the same transaction),
 * is counted and logged with topic, partition and offset, and the stream goes on. Infrastructure
 * errors on production (anything but an oversized or unserializable record) still fail the task, so
 * Streams' own retry and restart apply.
 *
 * <p>Streams creates and configures it from the config keys {@link #TOPIC_CONFIG} and
 * {@link #COUNTERS_CONFIG}, which carry objects, not strings.
 */
public final class DeadLetterHandler
        implements DeserializationExceptionHandler, ProcessingExceptionHandler, ProductionExceptionHandler {

    /** Config key holding the dead-letter {@code Topic<String, DeadLetter>}. */
    public static final String TOPIC_CONFIG = "eventwire.dead.letter.topic";
    /** Config key holding the {@link EnrichCounters}. */
    public static final String COUNTERS_CONFIG = "eventwire.enrich.counters";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);

    private @Nullable Topic<String, DeadLetter> topic;
    private @Nullable EnrichCounters counters;

    @Override
    @SuppressWarnings("unchecked")
    public void configure(Map<String, ?> configs) {
        topic = (Topic<String, DeadLetter>) require(configs, TOPIC_CONFIG);
        counters = (EnrichCounters) require(configs, COUNTERS_CONFIG);
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
            ConsumerRecord<byte[], byte[]> record, Exception exception) {
        return DeserializationExceptionHandler.Response.resume(deadLetter(context, RejectReason.DESERIALIZATION_ERROR,
                "cannot deserialize the record: " + exception.getMessage(), exception));
    }

    @Override
    public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
            Exception exception) {
        if (exception instanceof UnprocessableArticleException) {
            return ProcessingExceptionHandler.Response.resume(
                    deadLetter(context, RejectReason.NO_CONTENT, exception.getMessage(), null));
        }
        return ProcessingExceptionHandler.Response.resume(deadLetter(context, RejectReason.PROCESSING_ERROR,
                "processor " + context.processorNodeId() + " failed: " + exception.getMessage(), exception));
    }

    @Override
    public ProductionExceptionHandler.Response handleError(ErrorHandlerContext context,
            ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof RecordTooLargeException) {
            return ProductionExceptionHandler.Response.resume(deadLetter(context, RejectReason.PRODUCTION_ERROR,
                    "output record for " + record.topic() + " is too large: " + exception.getMessage(), exception));
        }
        return ProductionExceptionHandler.Response.fail();
    }

    @Override
    public ProductionExceptionHandler.Response handleSerializationError(ErrorHandlerContext context,
            ProducerRecord record, Exception exception, SerializationExceptionOrigin origin) {
        return ProductionExceptionHandler.Response.resume(deadLetter(context, RejectReason.PRODUCTION_ERROR,
                "cannot serialize the " + origin.name().toLowerCase() + " for " + record.topic() + ": "
                        + exception.getMessage(), exception));
    }

    private List<ProducerRecord<byte[], byte[]>> deadLetter(ErrorHandlerContext context, RejectReason code,
            String reason, @Nullable Exception exception) {
        Topic<String, DeadLetter> deadLetters = configured(topic);
        LOG.warn("Dead-lettering record {}-{}@{} ({}): {}", context.topic(), context.partition(), context.offset(),
                code, reason);
        byte[] key = context.sourceRawKey();
        DeadLetter letter = DeadLetterRecords.of(Stage.ENRICH, code, reason,
                key == null ? null : new String(key, StandardCharsets.UTF_8), context.topic(), context.partition(),
                context.offset(), context.sourceRawValue(), exception, Instant.now());
        byte[] value = deadLetters.valueSerde().serializer().serialize(deadLetters.name(), letter);
        configured(counters).deadLettered();
        return List.of(new ProducerRecord<>(deadLetters.name(), context.sourceRawKey(), value));
    }

    private static <T> T configured(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("DeadLetterHandler used before configure()");
        }
        return value;
    }

    private static Object require(Map<String, ?> configs, String key) {
        Object value = configs.get(key);
        if (value == null) {
            throw new IllegalStateException("Streams config lacks " + key + "; start enrich through EnrichService");
        }
        return value;
    }
}
