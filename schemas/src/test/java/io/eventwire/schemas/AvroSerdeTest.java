package io.eventwire.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventwire.schema.ContentType;
import io.eventwire.schema.RawArticle;
import io.eventwire.schema.SourceFormat;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    private final AvroSerde<RawArticle> serde = new AvroSerde<>(RawArticle.class, new PinnedSchemaIds());

    @Test
    void writesTheConfluentWireFormatWithThePinnedId() {
        byte[] bytes = serde.serialize("articles.raw", article());

        assertThat(bytes[0]).isEqualTo(AvroSerde.MAGIC_BYTE);
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(1001);
    }

    @Test
    void readsBackWhatItWrote() {
        RawArticle article = article();

        assertThat(serde.deserialize("articles.raw", serde.serialize("articles.raw", article))).isEqualTo(article);
    }

    @Test
    void passesTombstonesThrough() {
        assertThat(serde.serialize("t", null)).isNull();
        assertThat(serde.deserialize("t", null)).isNull();
    }

    @Test
    void rejectsBytesWithoutTheMagicByte() {
        assertThatThrownBy(() -> serde.deserialize("articles.raw", "hello".getBytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not in the Confluent Avro wire format");
    }

    @Test
    void rejectsAnUnknownSchemaId() {
        byte[] bytes = serde.serialize("articles.raw", article());
        ByteBuffer.wrap(bytes).putInt(1, 77);

        assertThatThrownBy(() -> serde.deserialize("articles.raw", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("schema id 77");
    }

    static RawArticle article() {
        return RawArticle.newBuilder()
                .setArticleId("0123456789abcdef0123456789abcdef")
                .setSourceUri("file:/tmp/a.txt")
                .setFileName("a.txt")
                .setFormat(SourceFormat.TEXT)
                .setContentType(ContentType.TEXT_PLAIN)
                .setContent("Headline\n\nBody.")
                .setPublished("2019-08-21")
                .setSizeBytes(15)
                .setIngestedAt(Instant.parse("2026-01-01T00:00:00Z"))
                .build();
    }
}
