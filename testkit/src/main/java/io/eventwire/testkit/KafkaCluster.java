package io.eventwire.testkit;

import io.eventwire.schemas.TopicNames;
import io.eventwire.schemas.TopicSetup;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;

/**
 * The Kafka cluster an integration test runs against, injected by {@link KafkaBrokerExtension}.
 *
 * @param bootstrapServers where clients connect
 * @param kind {@code embedded}, {@code testcontainers} or {@code external}
 */
public record KafkaCluster(String bootstrapServers, String kind) {

    /** Client properties that reach this cluster. */
    public Map<String, Object> clientProperties() {
        return Map.of("bootstrap.servers", bootstrapServers);
    }

    /** An admin client for this cluster; the caller closes it. */
    public Admin admin() {
        return Admin.create(clientProperties());
    }

    /** Creates a fresh set of Eventwire topics under a unique prefix, so tests do not see each other's data. */
    public TopicNames freshTopics(String testName) {
        TopicNames names = TopicNames.prefixed(testName + "-" + UUID.randomUUID().toString().substring(0, 8) + ".");
        try (Admin admin = admin()) {
            TopicSetup.ensureTopics(admin, names, 1, (short) 1);
        }
        return names;
    }
}
