package io.eventwire.schemas;

import io.eventwire.schema.CleanArticle;
import io.eventwire.schema.ConflictEvent;
import io.eventwire.schema.DeadLetter;
import io.eventwire.schema.EventMention;
import io.eventwire.schema.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * Local mode, with no schema registry: every value schema has an id pinned in
 * {@code schema-ids.properties} of this module. Only the schemas this build ships are known; a
 * different schema under a pinned name is refused rather than written with the wrong id.
 *
 * <p>Immutable and thread safe.
 */
public final class PinnedSchemaIds implements SchemaIds {

    /** The value schemas of Eventwire's topics. */
    public static final List<Schema> SHIPPED = List.of(
            RawArticle.getClassSchema(),
            CleanArticle.getClassSchema(),
            EventMention.getClassSchema(),
            ConflictEvent.getClassSchema(),
            DeadLetter.getClassSchema());

    private static final String RESOURCE = "schema-ids.properties";

    private final Map<String, Integer> idByName = new HashMap<>();
    private final Map<Integer, Schema> schemaById = new HashMap<>();

    public PinnedSchemaIds() {
        Properties pins = loadPins();
        for (Schema schema : SHIPPED) {
            String pinned = pins.getProperty(schema.getFullName());
            if (pinned == null) {
                throw new IllegalStateException("no pinned schema id for " + schema.getFullName() + " in " + RESOURCE);
            }
            int id = Integer.parseInt(pinned.trim());
            idByName.put(schema.getFullName(), id);
            schemaById.put(id, schema);
        }
    }

    @Override
    public int idFor(String subject, Schema schema) {
        Integer id = idByName.get(schema.getFullName());
        if (id == null) {
            throw new SchemaIdException("schema " + schema.getFullName() + " has no pinned id; set schema.registry.url to use a registry");
        }
        Schema shipped = schemaById.get(id);
        if (fingerprint(shipped) != fingerprint(schema)) {
            throw new SchemaIdException("schema " + schema.getFullName() + " differs from the one pinned as id " + id);
        }
        return id;
    }

    @Override
    public Schema schemaFor(int id) {
        Schema schema = schemaById.get(id);
        if (schema == null) {
            throw new SchemaIdException("unknown schema id " + id + " (local mode knows " + schemaById.keySet() + ")");
        }
        return schema;
    }

    private static long fingerprint(Schema schema) {
        return SchemaNormalization.parsingFingerprint64(schema);
    }

    private static Properties loadPins() {
        try (InputStream in = PinnedSchemaIds.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the schemas module");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
