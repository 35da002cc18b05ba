package io.eventwire.schemas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde for generated Avro records in the Confluent wire format: magic byte 0, a 4-byte big-endian
 * schema id, then the Avro binary encoding. Values are registered under the subject
 * {@code <topic>-value} (TopicNameStrategy), so any registry-aware consumer can read the topics.
 *
 * <p>Reading resolves the writer schema by id and projects it onto this build's reader schema, so
 * older and newer compatible writers are read. Null values (tombstones) pass through as null.
 * Thread safe.
 *
 * @param <T> the generated record class
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    /** The first byte of every value in the Confluent wire format. */
    public static final byte MAGIC_BYTE = 0;

    private final Schema readerSchema;
    private final SchemaIds ids;
    private final SpecificDatumWriter<T> writer;

    public AvroSerde(Class<T> type, SchemaIds ids) {
        this.readerSchema = org.apache.avro.specific.SpecificData.get().getSchema(type);
        this.ids = ids;
        this.writer = new SpecificDatumWriter<>(readerSchema);
    }

    /** The schema values are written with and read into. */
    public Schema schema() {
        return readerSchema;
    }

    @Override
    public Serializer<T> serializer() {
        return this::serialize;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this::deserialize;
    }

    /** Encodes {@code value} for {@code topic}; null stays null. */
    public byte[] serialize(String topic, T value) {
        if (value == null) {
            return null;
        }
        int id = ids.idFor(topic + "-value", readerSchema);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.write(MAGIC_BYTE);
        out.writeBytes(ByteBuffer.allocate(4).putInt(id).array());
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        try {
            writer.write(value, encoder);
            encoder.flush();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot encode " + readerSchema.getName() + " for topic " + topic, e);
        }
        return out.toByteArray();
    }

    /** Decodes a value of {@code topic}; null stays null. */
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (data.length < 5 || data[0] != MAGIC_BYTE) {
            throw new SerializationException("value on " + topic + " is not in the Confluent Avro wire format ("
                    + data.length + " bytes, first byte " + (data.length == 0 ? "none" : data[0]) + ")");
        }
        int id = ByteBuffer.wrap(data, 1, 4).getInt();
        try {
            Schema writerSchema = ids.schemaFor(id);
            SpecificDatumReader<T> reader = new SpecificDatumReader<>(writerSchema, readerSchema);
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(data, 5, data.length - 5, null);
            return reader.read(null, decoder);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot decode " + readerSchema.getName() + " with schema id " + id
                    + " from topic " + topic, e);
        }
    }
}
