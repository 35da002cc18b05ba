package io.eventwire.runner;

import java.util.List;
import java.util.Map;

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
        org.slf4j.LoggerFactory.getLogger(CommandSupport.class).info("Configuration: {}", config.describe());
        return config.kafkaProperties(config.bootstrapServers());
    }
}
