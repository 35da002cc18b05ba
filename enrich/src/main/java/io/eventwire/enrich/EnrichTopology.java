package io.eventwire.enrich;

import io.eventwire.enrich.clean.ArticleCleaner;
import io.eventwire.enrich.extract.EventExtractor;
import io.eventwire.enrich.dedup.NearDuplicateMarker;
import io.eventwire.enrich.internal.ExactDuplicateFilter;
import io.eventwire.enrich.resolve.EventResolver;
import io.eventwire.enrich.resolve.EventResolverProcessor;
import io.eventwire.enrich.resolve.MentionKeys;
import io.eventwire.schema.CleanArticle;
import io.eventwire.schema.EventMention;
import io.eventwire.schema.RawArticle;
import io.eventwire.schemas.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The enrich data flow as one pure function: raw articles are cleaned, brought together to drop
 * exact duplicates and mark near-duplicates (republished copy), and written to the clean topic; the events each article reports are extracted to the mentions
 * topic; mentions are then regrouped by country and resolved into canonical events, versioned on the
 * events topic. What cannot be processed goes to the dead-letter topic through
 * {@link io.eventwire.enrich.internal.DeadLetterHandler}, which {@link EnrichService} installs. Every
 * operator and store is named, so renames are deliberate.
 */
public final class EnrichTopology {

    /**
     * Name of the repartition step that brings every cleaned article to one task, so exact and near
     * duplicates are found whichever partition the originals came in on.
     */
    public static final String ARTICLES_FOR_DEDUP = "articles-for-dedup";
    /** Name of the repartition step that regroups mentions by country for resolution. */
    public static final String MENTIONS_BY_COUNTRY = "mentions-by-country";

    /** The one key under which articles meet for deduplication. */
    private static final String ALL_ARTICLES = "articles";

    private EnrichTopology() {
    }

    /**
     * Every topic the topology consumes, in flow order: the raw articles and the internal topics of
     * articles brought together for deduplication and of mentions regrouped by country, which Kafka
     * Streams names after the application id.
     */
    public static List<String> inputTopics(Topics topics, String applicationId) {
        return List.of(topics.raw().name(), applicationId + "-" + ARTICLES_FOR_DEDUP + "-repartition",
                applicationId + "-" + MENTIONS_BY_COUNTRY + "-repartition");
    }

    /**
     * Builds the topology.
     *
     * @param topics the topic catalogue
     * @param cleaner the article cleaner
     * @param extractor the event extractor
     * @param resolver the cross-article event resolver
     * @param duplicateRetention how long an article's fingerprint is remembered to drop exact repeats
     * @param resolutionRetention how long an unchanged event is remembered for later reports to join
     * @param counters where the topology counts what it did
     */
    public static Topology build(Topics topics, ArticleCleaner cleaner, EventExtractor extractor,
            EventResolver resolver, Duration duplicateRetention, Duration resolutionRetention,
            EnrichCounters counters) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(ExactDuplicateFilter.storeBuilder(duplicateRetention));
        NearDuplicateMarker.storeBuilders(duplicateRetention).forEach(builder::addStateStore);
        EventResolverProcessor.storeBuilders(topics.mentions().valueSerde()).forEach(builder::addStateStore);

        KStream<String, RawArticle> raw = builder.stream(topics.raw().name(),
                Consumed.with(topics.raw().keySerde(), topics.raw().valueSerde()).withName("read-raw-articles"));

        KStream<String, CleanArticle> cleaned = raw
                .filter((articleId, article) -> article != null, Named.as("skip-tombstones"))
                .mapValues(article -> cleaner.clean(article, Instant.now()), Named.as("clean-article"))
                .peek((articleId, article) -> counters.articleCleaned(article.getRepeatedParagraphs()),
                        Named.as("count-cleaned"));

        KStream<String, CleanArticle> unique = cleaned
                .selectKey((articleId, article) -> ALL_ARTICLES, Named.as("key-for-dedup"))
                .repartition(Repartitioned.with(topics.clean().keySerde(), topics.clean().valueSerde())
                        .withName(ARTICLES_FOR_DEDUP))
                .processValues(() -> new ExactDuplicateFilter(counters, duplicateRetention),
                        Named.as("drop-exact-duplicates"), ExactDuplicateFilter.STORE)
                .processValues(() -> new NearDuplicateMarker(duplicateRetention, counters::nearDuplicateMarked),
                        Named.as("mark-near-duplicates"), NearDuplicateMarker.BANDS_STORE, NearDuplicateMarker.SIGNATURES_STORE)
                .selectKey((key, article) -> article.getArticleId(), Named.as("key-by-article"));
        unique.to(topics.clean().name(), Produced.with(topics.clean().keySerde(), topics.clean().valueSerde())
                .withName("write-clean-articles"));

        KStream<String, EventMention> mentions = unique
                .flatMapValues(article -> extractor.extract(article, Instant.now()), Named.as("extract-mentions"))
                .peek((articleId, mention) -> counters.mentionExtracted(), Named.as("count-mentions"))
                .map((articleId, mention) -> KeyValue.pair(mention.getMentionId(), mention), Named.as("key-by-mention"));
        mentions.to(topics.mentions().name(), Produced.with(topics.mentions().keySerde(),
                topics.mentions().valueSerde()).withName("write-mentions"));
        mentions
                .selectKey((mentionId, mention) -> MentionKeys.block(mention), Named.as("key-by-country"))
                .repartition(Repartitioned.with(topics.mentions().keySerde(), topics.mentions().valueSerde())
                        .withName(MENTIONS_BY_COUNTRY))
                .process(() -> new EventResolverProcessor(resolver, resolutionRetention, counters), Named.as("resolve-events"),
                        EventResolverProcessor.STORE_NAMES)
                .to(topics.events().name(), Produced.with(topics.events().keySerde(), topics.events().valueSerde())
                        .withName("write-events"));

        return builder.build();
    }
}
