package io.eventwire.schemas;

import io.eventwire.schema.CleanArticle;
import io.eventwire.schema.ConflictEvent;
import io.eventwire.schema.DeadLetter;
import io.eventwire.schema.EventMention;
import io.eventwire.schema.RawArticle;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topic catalogue: every topic with its serdes, built once from config and passed to the
 * services. Keys are UTF-8 strings (article, mention or event ids); values are Avro in the Confluent
 * wire format. Immutable and thread safe.
 *
 * @param raw raw articles, keyed by article_id
 * @param clean cleaned articles, keyed by article_id
 * @param mentions event mentions, keyed by mention_id
 * @param events canonical events, keyed by event_id (compacted)
 * @param deadLetters rejected input, keyed by article_id or source URI
 */
public record Topics(
        Topic<String, RawArticle> raw,
        Topic<String, CleanArticle> clean,
        Topic<String, EventMention> mentions,
        Topic<String, ConflictEvent> events,
        Topic<String, DeadLetter> deadLetters) {

    /** Builds the catalogue for {@code names}, with schema ids from {@code ids}. */
    public static Topics create(TopicNames names, SchemaIds ids) {
        return new Topics(
                new Topic<>(names.raw(), Serdes.String(), new AvroSerde<>(RawArticle.class, ids)),
                new Topic<>(names.clean(), Serdes.String(), new AvroSerde<>(CleanArticle.class, ids)),
                new Topic<>(names.mentions(), Serdes.String(), new AvroSerde<>(EventMention.class, ids)),
                new Topic<>(names.events(), Serdes.String(), new AvroSerde<>(ConflictEvent.class, ids)),
                new Topic<>(names.deadLetters(), Serdes.String(), new AvroSerde<>(DeadLetter.class, ids)));
    }

    /** Local mode: pinned schema ids, default names. */
    public static Topics local() {
        return create(TopicNames.DEFAULT, new PinnedSchemaIds());
    }

    /** The topic names, in data-flow order. */
    public TopicNames names() {
        return new TopicNames(raw.name(), clean.name(), mentions.name(), events.name(), deadLetters.name());
    }
}
