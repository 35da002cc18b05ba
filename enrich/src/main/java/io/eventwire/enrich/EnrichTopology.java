package io.eventwire.enrich;

import io.eventwire.enrich.clean.ArticleCleaner;
import io.eventwire.enrich.extract.ConflictEvents;
import io.eventwire.enrich.extract.EventExtractor;
import io.eventwire.enrich.internal.ExactDuplicateFilter;
import io.eventwire.schema.CleanArticle;
import io.eventwire.schema.EventMention;
import io.eventwire.schema.RawArticle;
import io.eventwire.schemas.Topics;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The enrich data flow as one pure function: raw articles are cleaned, exact duplicates dropped and
 * the rest written to the clean topic; the events each article reports are extracted to the mentions
 * topic and, one canonical event per mention until cross-article resolution, to the events topic. What cannot be processed goes to the dead-letter topic
 * through {@link io.eventwire.enrich.internal.DeadLetterHandler}, which {@link EnrichService}
 * installs. Every operator and store is named, so renames are deliberate.
 */
public final class EnrichTopology {

    private EnrichTopology() {
    }

    /**
     * Builds the topology.
     *
     * @param topics the topic catalogue
     * @param cleaner the article cleaner
     * @param extractor the event extractor
     * @param duplicateRetention how long an article's fingerprint is remembered to drop exact repeats
     * @param counters where the topology counts what it did
     */
    public static Topology build(Topics topics, ArticleCleaner cleaner, EventExtractor extractor,
            Duration duplicateRetention, EnrichCounters counters) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(ExactDuplicateFilter.storeBuilder(duplicateRetention));

        KStream<String, RawArticle> raw = builder.stream(topics.raw().name(),
                Consumed.with(topics.raw().keySerde(), topics.raw().valueSerde()).withName("read-raw-articles"));

        KStream<String, CleanArticle> cleaned = raw
                .filter((articleId, article) -> article != null, Named.as("skip-tombstones"))
                .mapValues(article -> cleaner.clean(article, Instant.now()), Named.as("clean-article"))
                .peek((articleId, article) -> counters.articleCleaned(article.getRepeatedParagraphs()),
                        Named.as("count-cleaned"));

        KStream<String, CleanArticle> unique = cleaned
                .processValues(() -> new ExactDuplicateFilter(counters, duplicateRetention),
                        Named.as("drop-exact-duplicates"), ExactDuplicateFilter.STORE);
        unique.to(topics.clean().name(), Produced.with(topics.clean().keySerde(), topics.clean().valueSerde())
                .withName("write-clean-articles"));

        KStream<String, EventMention> mentions = unique
                .flatMapValues(article -> extractor.extract(article, Instant.now()), Named.as("extract-mentions"))
                .peek((articleId, mention) -> counters.mentionExtracted(), Named.as("count-mentions"))
                .map((articleId, mention) -> KeyValue.pair(mention.getMentionId(), mention), Named.as("key-by-mention"));
        mentions.to(topics.mentions().name(), Produced.with(topics.mentions().keySerde(),
                topics.mentions().valueSerde()).withName("write-mentions"));
        mentions
                .mapValues(mention -> ConflictEvents.fromMention(mention, Instant.now()), Named.as("mention-as-event"))
                .to(topics.events().name(), Produced.with(topics.events().keySerde(), topics.events().valueSerde())
                        .withName("write-events"));

        return builder.build();
    }
}
