package io.eventwire.enrich.resolve;

import io.eventwire.schema.EventMention;
import io.eventwire.schema.EventType;
import java.time.LocalDate;

/**
 * Keys that file mentions by country block, event type, first day and id, so a range scan finds the
 * mentions of one type in one country in a window of days: {@code SY|BATTLES|2019-08-20|<mention id>}.
 * (Mentions of different event types never share an event.)
 */
public final class MentionKeys {

    /** Day part of the key of undated mentions, sorting before every real day. */
    private static final String UNDATED = "0000-00-00";
    private static final char SEPARATOR = '|';
    /** Sorts after every character a mention id holds. */
    private static final char AFTER_ALL = '~';

    private MentionKeys() {
    }

    /** The key of a mention. */
    public static String of(EventMention mention) {
        LocalDate day = Mentions.firstDay(mention);
        return Mentions.block(mention) + SEPARATOR + mention.getEventType() + SEPARATOR
                + (day == null ? UNDATED : day.toString()) + SEPARATOR + mention.getMentionId();
    }

    /** The country block of a mention: its country code, or {@code ZZ} when it has none. */
    public static String block(EventMention mention) {
        return Mentions.block(mention);
    }

    /** The first possible key of {@code type} in {@code block} on {@code day}. */
    public static String from(String block, EventType type, LocalDate day) {
        return block + SEPARATOR + type + SEPARATOR + day + SEPARATOR;
    }

    /** The last possible key of {@code type} in {@code block} on {@code day}. */
    public static String to(String block, EventType type, LocalDate day) {
        return block + SEPARATOR + type + SEPARATOR + day + SEPARATOR + AFTER_ALL;
    }

    /** The mention id in a key. */
    public static String mentionId(String key) {
        return key.substring(key.lastIndexOf(SEPARATOR) + 1);
    }
}
