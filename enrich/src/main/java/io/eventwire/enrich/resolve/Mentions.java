package io.eventwire.enrich.resolve;

import io.eventwire.enrich.text.SortedHashes;
import io.eventwire.schema.EventMention;
import io.eventwire.schema.Location;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** What resolution reads from a mention: its block, its days, its words and its report order. */
final class Mentions {

    /** Block of mentions without a country. */
    static final String NO_COUNTRY = "ZZ";

    /**
     * The order mentions are reported in: by publication time (unknown last), then mention id. The
     * first mention in this order names the event, so the id does not depend on arrival order.
     */
    static final Comparator<EventMention> REPORT_ORDER = Comparator
            .comparing((EventMention mention) -> mention.getSource().getPublished(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EventMention::getMentionId);

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Mentions() {
    }

    /** The country block a mention is resolved in. */
    static String block(EventMention mention) {
        Location location = mention.getLocation();
        String country = location == null ? null : location.getCountryCode();
        return country == null || country.isBlank() ? NO_COUNTRY : country;
    }

    /** First day of the mention, or null when it has none. */
    static @Nullable LocalDate firstDay(EventMention mention) {
        return day(mention.getEventDate());
    }

    /** Last day of the mention: its date_max, else its first day, else null. */
    static @Nullable LocalDate lastDay(EventMention mention) {
        LocalDate last = day(mention.getEventDateMax());
        return last == null ? firstDay(mention) : last;
    }

    /**
     * The words of the mention's evidence sentence, case-folded, as sorted distinct 64-bit hashes
     * (FNV-1a), so two sentences compare by a merge without building strings.
     */
    static long[] evidenceWords(EventMention mention) {
        String sentence = mention.getSource().getEvidence().getSentence();
        long[] hashes = new long[16];
        int count = 0;
        long hash = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0; i <= sentence.length(); i++) {
            char c = i < sentence.length() ? sentence.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                hash = (hash ^ Character.toLowerCase(c)) * FNV_PRIME;
                inWord = true;
            } else if (inWord) {
                if (count == hashes.length) {
                    hashes = Arrays.copyOf(hashes, count * 2);
                }
                hashes[count++] = hash;
                hash = FNV_OFFSET;
                inWord = false;
            }
        }
        return SortedHashes.of(Arrays.copyOf(hashes, count));
    }

    /** Jaccard similarity of two sentences' {@link #evidenceWords}; 0 when both are empty. */
    static double jaccard(long[] a, long[] b) {
        return a.length == 0 && b.length == 0 ? 0 : SortedHashes.jaccard(a, b);
    }

    /** The day an ISO-8601 date or date-time starts with ({@code yyyy-MM-dd...}), or null. */
    private static @Nullable LocalDate day(@Nullable String iso) {
        if (iso == null || iso.length() < 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') {
            return null;
        }
        int year = digits(iso, 0, 4);
        int month = digits(iso, 5, 7);
        int day = digits(iso, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number written by the ASCII digits {@code text[from, to)}, or -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
