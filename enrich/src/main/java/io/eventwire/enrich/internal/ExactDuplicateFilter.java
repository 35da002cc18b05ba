package io.eventwire.enrich.internal;

import io.eventwire.enrich.EnrichCounters;
import io.eventwire.schema.CleanArticle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes a cleaned article on unless an article with the same cleaned text (headline and
 * paragraphs) was seen within the retention period, whatever its id or wrapping. State is a
 * window store keyed by the text's fingerprint, so it is bounded by its retention.
 */
public final class ExactDuplicateFilter implements FixedKeyProcessor<String, CleanArticle, CleanArticle> {

    /** Name of the state store of seen fingerprints. */
    public static final String STORE = "exact-duplicate-articles";

    private static final Logger LOG = LoggerFactory.getLogger(ExactDuplicateFilter.class);

    private final EnrichCounters counters;
    private final long retentionMillis;
    private FixedKeyProcessorContext<String, CleanArticle> context;
    private WindowStore<String, String> seen;

    public ExactDuplicateFilter(EnrichCounters counters, Duration retention) {
        this.counters = counters;
        this.retentionMillis = retention.toMillis();
    }

    /** The bounded store this processor needs, retaining fingerprints for {@code retention}. */
    public static StoreBuilder<WindowStore<String, String>> storeBuilder(Duration retention) {
        return Stores.windowStoreBuilder(
                Stores.persistentWindowStore(STORE, retention, retention, false), Serdes.String(), Serdes.String());
    }

    @Override
    public void init(FixedKeyProcessorContext<String, CleanArticle> context) {
        this.context = context;
        this.seen = context.getStateStore(STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, CleanArticle> record) {
        String fingerprint = fingerprint(record.value());
        String original = firstSeenAs(fingerprint, record.timestamp());
        if (original != null) {
            counters.duplicateSuppressed();
            LOG.info("Article {} repeats article {}; suppressed", record.value().getArticleId(), original);
            return;
        }
        remember(fingerprint, record.value().getArticleId(), record.timestamp());
        context.forward(record);
    }

    private String firstSeenAs(String fingerprint, long timestamp) {
        try (WindowStoreIterator<String> earlier =
                seen.fetch(fingerprint, timestamp - retentionMillis, timestamp + retentionMillis)) {
            return earlier.hasNext() ? earlier.next().value : null;
        }
    }

    private void remember(String fingerprint, String articleId, long timestamp) {
        seen.put(fingerprint, articleId, timestamp);
    }

    /** Hex SHA-256 of the headline and paragraphs, whitespace-normalised. */
    static String fingerprint(CleanArticle article) {
        MessageDigest digest = sha256();
        update(digest, article.getHeadline() == null ? "" : article.getHeadline());
        for (String paragraph : article.getParagraphs()) {
            update(digest, paragraph);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.strip().replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
