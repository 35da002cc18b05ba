package io.eventwire.runner;

import io.eventwire.schemas.TopicSetup;
import io.eventwire.schemas.Topics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.LoggerFactory;

/** What the standalone service commands share. */
final class CommandSupport {

    private CommandSupport() {
    }

    /** Kafka client properties of a standalone service, which needs a real cluster. */
    static Map<String, Object> kafka(EventwireConfig config) {
        if (config.bootstrapServers() == null) {
            throw new EventwireConfig.ConfigException(List.of(
                    "--bootstrap-servers (or EVENTWIRE_BOOTSTRAP_SERVERS) is required; only `run` starts an embedded broker"));
        }
        LoggerFactory.getLogger(CommandSupport.class).info("Configuration: {}", config.describe());
        return config.kafkaProperties(config.bootstrapServers());
    }

    /** The topic catalogue, its topics created on the cluster when missing. */
    static Topics topicsReady(EventwireConfig config, Map<String, Object> kafka) {
        Topics topics = config.topics();
        try (Admin admin = Admin.create(kafka)) {
            TopicSetup.ensureTopics(admin, topics.names(), config.partitions(), config.replicationFactor());
        }
        return topics;
    }
}
