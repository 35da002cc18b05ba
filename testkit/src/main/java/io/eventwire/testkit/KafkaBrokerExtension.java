package io.eventwire.testkit;

import io.eventwire.embedded.EmbeddedKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Injects a {@link KafkaCluster} into integration tests: one broker for the whole test run, chosen
 * once. An external cluster when {@code KAFKA_BOOTSTRAP_SERVERS} is set; Testcontainers'
 * {@code apache/kafka} container when a Docker engine answers; otherwise Kafka's own embedded KRaft
 * broker in this JVM.
 */
public final class KafkaBrokerExtension implements ParameterResolver {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaBrokerExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaBrokerExtension.class);
    static final String KAFKA_IMAGE = "apache/kafka:4.1.0";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("broker", key -> startBroker(), RunningBroker.class)
                .cluster();
    }

    private static RunningBroker startBroker() {
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            LOG.info("Integration tests use the external Kafka cluster at {}", external);
            return new RunningBroker(new KafkaCluster(external, "external"), () -> { });
        }
        if (dockerEngineAnswers()) {
            KafkaContainer container = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE));
            container.start();
            LOG.info("Integration tests use a Testcontainers Kafka broker at {}", container.getBootstrapServers());
            return new RunningBroker(new KafkaCluster(container.getBootstrapServers(), "testcontainers"), container::stop);
        }
        EmbeddedKafka kafka = EmbeddedKafka.start();
        LOG.info("Integration tests use the embedded KRaft broker at {} (no Docker engine)", kafka.bootstrapServers());
        return new RunningBroker(new KafkaCluster(kafka.bootstrapServers(), "embedded"), kafka::close);
    }

    /** Asks Testcontainers only where a Docker endpoint is configured, to keep Docker-less runs quick. */
    static boolean dockerEngineAnswers() {
        boolean endpoint = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
        if (!endpoint) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            LOG.info("No usable Docker engine: {}", e.getMessage());
            return false;
        }
    }

    private record RunningBroker(KafkaCluster cluster, Runnable stop) implements AutoCloseable {
        @Override
        public void close() {
            stop.run();
        }
    }
}
