package io.eventwire.sink.internal;

import io.eventwire.sink.SinkCounters;
import io.eventwire.sink.StoreResult;
import java.util.concurrent.atomic.AtomicLong;

/** The running counters of a sink service. Thread safe: one writer, any readers. */
public final class Counters {

    private final AtomicLong recordsConsumed = new AtomicLong();
    private final AtomicLong articlesStored = new AtomicLong();
    private final AtomicLong eventsApplied = new AtomicLong();
    private final AtomicLong staleEventVersionsSkipped = new AtomicLong();
    private final AtomicLong tombstones = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();

    /** Counts one processed poll. */
    public void add(int records, StoreResult stored, int deadLetters) {
        recordsConsumed.addAndGet(records);
        articlesStored.addAndGet(stored.articlesStored());
        eventsApplied.addAndGet(stored.eventsApplied());
        staleEventVersionsSkipped.addAndGet(stored.staleEventVersionsSkipped());
        tombstones.addAndGet(stored.tombstones());
        deadLettered.addAndGet(deadLetters);
    }

    public SinkCounters snapshot() {
        return new SinkCounters(recordsConsumed.get(), articlesStored.get(), eventsApplied.get(),
                staleEventVersionsSkipped.get(), tombstones.get(), deadLettered.get());
    }
}
