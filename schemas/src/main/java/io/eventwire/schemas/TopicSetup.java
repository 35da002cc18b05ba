package io.eventwire.schemas;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates Eventwire's topics when they are missing: the canonical events topic compacted (it holds
 * the latest version of every event), the others with time retention. Existing topics are left as
 * they are; new ones are ready for writes when it returns.
 */
public final class TopicSetup {

    private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);
    private static final Duration LEADER_WAIT = Duration.ofSeconds(30);
    private static final Duration LEADER_RETRY = Duration.ofMillis(50);

    private TopicSetup() {
    }

    /** Largest record the article topics accept by default: a 10 MiB article plus headroom. */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    /** Ensures every topic of {@code names} exists, article topics taking records of up to 16 MiB. */
    public static void ensureTopics(Admin admin, TopicNames names, int partitions, short replicationFactor) {
        ensureTopics(admin, names, partitions, replicationFactor, DEFAULT_MAX_MESSAGE_BYTES);
    }

    /**
     * Ensures every topic of {@code names} exists.
     *
     * @param partitions partitions of each new topic
     * @param replicationFactor replication factor of each new topic
     * @param maxMessageBytes largest record the article topics accept (raw, clean and dead letters)
     */
    public static void ensureTopics(Admin admin, TopicNames names, int partitions, short replicationFactor,
            int maxMessageBytes) {
        try {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (String name : names.all()) {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, partitions, replicationFactor).configs(configFor(names, name, maxMessageBytes)));
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            List<TopicPartition> created = new ArrayList<>();
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get();
                    LOG.info("Created topic {}", entry.getKey());
                    for (int partition = 0; partition < partitions; partition++) {
                        created.add(new TopicPartition(entry.getKey(), partition));
                    }
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            awaitLeaders(admin, created);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics " + names.all(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics " + names.all() + ": " + e.getCause().getMessage(), e);
        }
    }

    /**
     * Waits until every new partition answers a ListOffsets request from its leader. A broker
     * announces a new partition's leader in its metadata a moment before its replica manager can take
     * writes; an idempotent producer that writes in that moment can have its first request refused and
     * a later one accepted, and then retries the first until its delivery timeout (KAFKA-15591).
     */
    private static void awaitLeaders(Admin admin, List<TopicPartition> created)
            throws InterruptedException, ExecutionException {
        if (created.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        created.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        long deadline = System.nanoTime() + LEADER_WAIT.toNanos();
        while (true) {
            try {
                admin.listOffsets(latest).all().get();
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(LEADER_RETRY.toMillis());
            }
        }
    }

    private static Map<String, String> configFor(TopicNames names, String name, int maxMessageBytes) {
        if (name.equals(names.events())) {
            return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        }
        if (name.equals(names.mentions())) {
            return Map.of();
        }
        return Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(maxMessageBytes));
    }
}
