package io.eventwire.runner.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells when a consumer group has caught up: its committed offsets reach the last committed
 * (read_committed) offsets of its input topics. Used by {@code eventwire run} to wait until
 * everything it ingested has been enriched and stored.
 */
public final class PipelineDrain {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineDrain.class);
    private static final Duration POLL = Duration.ofMillis(200);
    /**
     * How many checks in a row must find no lag. One is not enough with exactly-once hops: a
     * transaction's markers reach its partitions one by one, so for a moment a hop's input can be
     * committed while its output is not yet readable, and the group looks caught up too early.
     */
    private static final int QUIET_CHECKS = 3;

    private final Admin admin;

    public PipelineDrain(Admin admin) {
        this.admin = admin;
    }

    /**
     * Waits until {@code group} has committed the end of every partition of {@code topics}, on
     * {@value #QUIET_CHECKS} checks in a row {@code POLL} apart.
     *
     * @param failure checked while waiting: a non-null error from a service ends the wait with it
     * @throws IllegalStateException on timeout, with the remaining lag
     */
    public void awaitCaughtUp(String group, List<String> topics, Duration timeout, Supplier<Throwable> failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int quietChecks = 0;
        while (true) {
            long lag = lag(group, topics);
            quietChecks = lag > 0 ? 0 : quietChecks + 1;
            if (quietChecks == QUIET_CHECKS) {
                LOG.debug("{} caught up on {}", group, topics);
                return;
            }
            Throwable error = failure.get();
            if (error != null) {
                throw new IllegalStateException("a service failed while " + group + " was catching up: "
                        + error.getMessage(), error);
            }
            if (lag > 0 && System.nanoTime() > deadline) {
                throw new IllegalStateException(group + " still has " + lag + " records to process on " + topics
                        + " after " + timeout);
            }
            sleep();
        }
    }

    /**
     * Records of {@code topics} not yet committed by {@code group}. The committed offsets are read
     * before the end offsets: a hop that commits its input offsets and its output records in one
     * transaction (Kafka Streams with exactly-once) must not be seen with its output not yet
     * visible but its input already committed, or a multi-hop pipeline would look drained too early.
     */
    public long lag(String group, List<String> topics) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, Long> ends = endOffsets(topics);
            long lag = 0;
            for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                lag += Math.max(0, end.getValue() - (done == null ? 0 : done.offset()));
            }
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the offsets of " + group, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the offsets of " + group + ": " + e.getCause().getMessage(), e);
        }
    }

    /** The last committed offset of every partition of {@code topics}. */
    public Map<TopicPartition, Long> endOffsets(List<String> topics) throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get().values()) {
            topic.partitions().forEach(p -> request.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get()
                .forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the pipeline to drain", e);
        }
    }
}
