package io.eventwire.enrich.resolve;

import io.eventwire.schema.EventMention;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A mention with what matching reads of it worked out once: its block, its days as epoch days and,
 * on first use, the words of its evidence. Not thread safe (the words are computed lazily).
 */
final class Report {

    /** Epoch day of an undated mention. */
    static final long UNDATED = Long.MIN_VALUE;

    private final EventMention mention;
    private final String block;
    private final long firstDay;
    private final long lastDay;
    private long @Nullable [] words;

    Report(EventMention mention) {
        this.mention = mention;
        this.block = Mentions.block(mention);
        LocalDate first = Mentions.firstDay(mention);
        this.firstDay = first == null ? UNDATED : first.toEpochDay();
        this.lastDay = first == null ? UNDATED : Mentions.lastDay(mention).toEpochDay();
    }

    EventMention mention() {
        return mention;
    }

    String id() {
        return mention.getMentionId();
    }

    String block() {
        return block;
    }

    boolean dated() {
        return firstDay != UNDATED;
    }

    long firstDay() {
        return firstDay;
    }

    long lastDay() {
        return lastDay;
    }

    long spanDays() {
        return dated() ? lastDay - firstDay : 0;
    }

    /** Days between the two reports' date ranges, 0 when they overlap; -1 when either is undated. */
    long daysApart(Report other) {
        if (!dated() || !other.dated()) {
            return -1;
        }
        return Math.max(0, Math.max(firstDay - other.lastDay, other.firstDay - lastDay));
    }

    long[] words() {
        if (words == null) {
            words = Mentions.evidenceWords(mention);
        }
        return words;
    }
}
