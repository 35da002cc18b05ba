package io.eventwire.enrich.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Separates metadata from the body of an article, in one pass over its paragraphs:
 * <ul>
 *   <li>anywhere, a short "Date: ..." line gives the publication date and a "Source: ..." line the outlet;</li>
 *   <li>in the header (the lines before the first body-like paragraph), a line that is only a date
 *       (with an optional "Published"/"Updated" label, weekday and time) gives the date, a "By Jane Doe"
 *       line the byline, and the first short line without closing punctuation the headline. When the
 *       headline is already known, the header line repeating it is dropped instead.</li>
 * </ul>
 * Consumed lines leave the body. Stateless.
 */
final class HeaderReader {

    private static final int MAX_METADATA_CHARS = 100;
    private static final Pattern DATE_LABEL = Pattern.compile("date\\s*:\\s*(.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_LABEL = Pattern.compile("source\\s*:\\s*(.+?)\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern BEFORE_DATE = Pattern.compile(
            "(?:(?:first |last )?(?:published|posted|updated|dated?)(?: on)?\\s*:?\\s*)?"
                    + "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_DATE = Pattern.compile(
            "(?:t\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?)?"
                    + "\\s*(?:[,|–-]|at)?\\s*(?:\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
                    + "\\s*(?:[a-z]{2,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?)?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*"
            + "|(?:al|el|de|da|del|der|van|von|bin|ibn|le|la|du|di|dos)(?:-\\p{L}+)?)){0,4}";
    private static final Pattern BYLINE = Pattern.compile("[Bb][Yy]:?\\s+(?<names>" + NAME
            + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*)(?:\\s*(?:[,|–—-]|\\bin\\b)\\s*.{1,60})?");

    private HeaderReader() {
    }

    /**
     * Metadata read from the text, and the body without it.
     *
     * @param headline  the headline found in the text, or the known headline; null when neither
     * @param byline    the names of a "By ..." line, or null
     * @param published the date read from the text, or null
     * @param outlet    the outlet of a "Source: ..." line, or null
     * @param body      the remaining paragraphs, in order
     */
    record Header(@Nullable String headline, @Nullable String byline, @Nullable LocalDate published,
            @Nullable String outlet, List<String> body) {
    }

    /**
     * Reads the header of an article.
     *
     * @param paragraphs    paragraphs without boilerplate
     * @param knownHeadline the headline given by the feed or the markup; null to take it from the text
     */
    static Header read(List<String> paragraphs, @Nullable String knownHeadline) {
        Reading reading = new Reading(knownHeadline);
        paragraphs.forEach(reading::accept);
        return reading.header();
    }

    /** The state of one reading; not shared between calls. */
    private static final class Reading {

        private final boolean headlineKnown;
        private final List<String> body = new ArrayList<>();
        private @Nullable String headline;
        private boolean headlineRepeatDropped;
        private @Nullable String byline;
        private @Nullable LocalDate published;
        private @Nullable String outlet;
        private boolean inHeader = true;

        Reading(@Nullable String knownHeadline) {
            this.headline = knownHeadline;
            this.headlineKnown = knownHeadline != null;
        }

        void accept(String line) {
            if (takeLabelledMetadata(line)) {
                return;
            }
            inHeader = inHeader && !Lines.isBodyLike(line);
            if (inHeader && (takeDateLine(line) || takeByline(line) || takeHeadline(line))) {
                return;
            }
            body.add(line);
        }

        Header header() {
            return new Header(headline, byline, published, outlet, body);
        }

        private boolean takeLabelledMetadata(String line) {
            if (line.length() > MAX_METADATA_CHARS) {
                return false;
            }
            Matcher date = DATE_LABEL.matcher(line);
            if (date.matches()) {
                TextDates.Found found = TextDates.find(date.group(1));
                publishedOnce(found == null ? null : found.date());
                return true;
            }
            Matcher source = SOURCE_LABEL.matcher(line);
            if (source.matches()) {
                outlet = outlet == null ? source.group(1) : outlet;
                return true;
            }
            return false;
        }

        private boolean takeDateLine(String line) {
            TextDates.Found found = line.length() > MAX_METADATA_CHARS ? null : TextDates.find(line);
            if (found == null || !isOnlyDate(line, found)) {
                return false;
            }
            publishedOnce(found.date());
            return true;
        }

        private static boolean isOnlyDate(String line, TextDates.Found found) {
            return BEFORE_DATE.matcher(line).region(0, found.start()).matches()
                    && AFTER_DATE.matcher(line).region(found.end(), line.length()).matches();
        }

        private boolean takeByline(String line) {
            if (line.length() > MAX_METADATA_CHARS) {
                return false;
            }
            Matcher matcher = BYLINE.matcher(line);
            if (!matcher.matches()) {
                return false;
            }
            byline = byline == null ? matcher.group("names") : byline;
            return true;
        }

        private boolean takeHeadline(String line) {
            if (headlineKnown) {
                boolean repeat = !headlineRepeatDropped && headline != null
                        && Fingerprints.key(line).equals(Fingerprints.key(headline));
                headlineRepeatDropped |= repeat;
                return repeat;
            }
            if (headline == null && Lines.isHeadlineLike(line)) {
                headline = line;
                return true;
            }
            return false;
        }

        private void publishedOnce(@Nullable LocalDate date) {
            published = published == null ? date : published;
        }
    }
}
