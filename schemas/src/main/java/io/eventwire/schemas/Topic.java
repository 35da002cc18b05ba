package io.eventwire.schemas;

import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka topic with the serdes of its keys and values. Immutable.
 *
 * @param name the topic name
 * @param keySerde serde of the keys
 * @param valueSerde serde of the values
 * @param <K> key type
 * @param <V> value type
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

    @Override
    public String toString() {
        return name;
    }
}
