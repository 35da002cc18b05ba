package io.eventwire.schemas;

import org.apache.avro.Schema;

/**
 * Maps Avro schemas to the 4-byte ids of the Confluent wire format and back.
 *
 * <p>Implementations are thread safe. {@link #idFor} may register the schema (a schema registry) or
 * look it up in a fixed table (local mode); {@link #schemaFor} returns the writer schema of an id.
 */
public interface SchemaIds {

    /**
     * Returns the id under which {@code schema} is known for {@code subject}, registering it when the
     * implementation can.
     *
     * @throws SchemaIdException when the schema is unknown and cannot be registered
     */
    int idFor(String subject, Schema schema);

    /**
     * Returns the schema with id {@code id}.
     *
     * @throws SchemaIdException when no schema has that id
     */
    Schema schemaFor(int id);

    /** Raised when a schema id cannot be found or assigned. */
    final class SchemaIdException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SchemaIdException(String message) {
            super(message);
        }

        public SchemaIdException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
