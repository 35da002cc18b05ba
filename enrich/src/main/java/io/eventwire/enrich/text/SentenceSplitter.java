package io.eventwire.enrich.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits cleaned article text (paragraphs joined by blank lines) into sentences, in one left-to-right pass
 * that only looks around the characters that can end a sentence.
 *
 * <p>A sentence ends:
 * <ul>
 *   <li>at every paragraph break (a line break followed, after optional spaces, by another);</li>
 *   <li>after {@code . ! ? …} or "...", with any closing quotes and brackets right after them, when
 *       whitespace and then a sentence opening follow: an upper-case letter or digit, possibly behind an
 *       opening quote or bracket, or a lower-case Arabic-style article such as "al-" before a capital;</li>
 *   <li>after a period glued to a capitalised word ("it said.Syrian state TV"), when the period follows a
 *       lower-case word of two letters or more that is not an abbreviation.</li>
 * </ul>
 * A period does not end a sentence after an initial ("J. Smith"), a title or Latin abbreviation ("Gen.",
 * "e.g."), an abbreviation that heads a number when a number follows ("No. 5", "Aug. 21"), or a dotted
 * acronym or company abbreviation ("U.S.", "Inc.") unless a typical sentence-starting word follows
 * ("... in the U.S. The army ..."). An ellipsis ends a sentence only before a capital letter. A comma, colon
 * or dash never ends one, so datelines ("BEIRUT: The ...", "KABUL, March 3 (Reuters) - ...") stay in
 * their sentence. Lines joined by a single line break are one paragraph.
 *
 * <p>Stateless and thread safe. The abbreviation lists are the data file {@code abbreviations.txt}.
 */
public final class SentenceSplitter {

    private static final Abbreviations ABBREVIATIONS = Abbreviations.standard();
    private static final String CLOSERS = "\"”’'»)]";
    private static final String OPENERS = "\"“‘'«([";
    /** The characters a sentence or paragraph can end at: the scan looks only at these. */
    private static final String MAY_END = "\n.!?…";

    private SentenceSplitter() {
    }

    /**
     * Whether no sentence end (". ", "! ", "? " or a line break) lies between two offsets of {@code text}: a cheap
     * check for two mentions of one sentence, without splitting the text.
     */
    public static boolean sameSentence(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && k + 1 < to && Tokens.isSpace(text.charAt(k + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** The sentences of {@code whole}, in order, trimmed, with offsets into it. */
    public static List<Sentence> split(String whole) {
        List<Sentence> sentences = new ArrayList<>(Math.max(4, whole.length() / 120));
        char[] text = whole.toCharArray();
        int n = text.length;
        EndScan ends = new EndScan(whole);
        int sentenceStart = 0;
        int i = ends.next(0);
        while (i < n) {
            char c = text[i];
            if (c == '\n') {
                int after = i + 1;
                boolean paragraphBreak = false;
                while (after < n && Tokens.isSpace(text[after])) {
                    paragraphBreak |= text[after] == '\n';
                    after++;
                }
                if (paragraphBreak) {
                    add(sentences, whole, text, sentenceStart, i);
                    sentenceStart = after;
                }
                i = after;
            } else {
                int next = sentenceBreakAfter(text, i);
                if (next > 0) {
                    add(sentences, whole, text, sentenceStart, next);
                    sentenceStart = next;
                    i = next;
                } else {
                    i = -next;
                }
            }
            i = ends.next(i);
        }
        add(sentences, whole, text, sentenceStart, n);
        return sentences;
    }

    /**
     * Finds the characters a sentence or paragraph can end at ({@link #MAY_END}) with {@link String#indexOf}, which
     * the JVM runs as a vector search: most of a text is never looked at char by char. It keeps the next position
     * of each such character and searches again only for those the scan has passed.
     */
    private static final class EndScan {

        private final String text;
        /** Per char of {@link #MAY_END}: where it was last found; -1 before any search, MAX_VALUE when none is left. */
        private final int[] next = new int[MAY_END.length()];

        EndScan(String text) {
            this.text = text;
            Arrays.fill(next, -1);
        }

        /** The first position at or after {@code from} of a character in {@link #MAY_END}, or the text's length. */
        int next(int from) {
            int first = text.length();
            for (int k = 0; k < next.length; k++) {
                int at = next[k];
                if (at < from) {
                    at = text.indexOf(MAY_END.charAt(k), from);
                    at = at < 0 ? Integer.MAX_VALUE : at;
                    next[k] = at;
                }
                first = Math.min(first, at);
            }
            return first;
        }
    }

    /**
     * Decides on the terminator run starting at {@code at}.
     *
     * @return the index where the next sentence begins when the run ends a sentence; otherwise minus the
     *         index to continue scanning from (always beyond {@code at})
     */
    private static int sentenceBreakAfter(char[] text, int at) {
        int n = text.length;
        int runEnd = at;
        int periods = 0;
        boolean ellipsis = false;
        boolean strong = false;
        while (runEnd < n) {
            char c = text[runEnd];
            if (c == '.') {
                periods++;
            } else if (c == '…') {
                ellipsis = true;
            } else if (c == '!' || c == '?') {
                strong = true;
            } else {
                break;
            }
            runEnd++;
        }
        ellipsis |= periods >= 2;
        int closeEnd = runEnd;
        while (closeEnd < n && CLOSERS.indexOf(text[closeEnd]) >= 0) {
            closeEnd++;
        }
        if (closeEnd == n) {
            return n;
        }
        if (!Tokens.isSpace(text[closeEnd])) {
            return gluedBreak(text, at, runEnd, closeEnd, ellipsis) ? closeEnd : -runEnd;
        }
        int opening = skipSpaces(text, closeEnd);
        if (opening >= n) {
            return n;
        }
        if (!opensSentence(text, opening)) {
            return -runEnd;
        }
        if (ellipsis) {
            return Character.isUpperCase(firstLetterOrDigit(text, opening)) ? opening : -runEnd;
        }
        if (strong || endsSentenceAfterPeriod(text, at, opening)) {
            return opening;
        }
        return -runEnd;
    }

    /** Whether the single period at {@code period} ends its sentence, given what opens the next text. */
    private static boolean endsSentenceAfterPeriod(char[] text, int period, int opening) {
        int wordEnd = period;
        while (wordEnd > 0 && CLOSERS.indexOf(text[wordEnd - 1]) >= 0) {
            wordEnd--;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && !Tokens.isSpace(text[wordStart - 1]) && OPENERS.indexOf(text[wordStart - 1]) < 0) {
            wordStart--;
        }
        if (wordStart == wordEnd || wordEnd < period) {
            return true;
        }
        if (wordEnd - wordStart == 1 && Character.isUpperCase(text[wordStart])) {
            return false;
        }
        Abbreviations.Kind kind = ABBREVIATIONS.kind(text, wordStart, wordEnd);
        if (kind == Abbreviations.Kind.NEVER_FINAL) {
            return false;
        }
        char first = firstLetterOrDigit(text, opening);
        if (kind == Abbreviations.Kind.BEFORE_NUMBER) {
            return !Character.isDigit(first);
        }
        if (kind == Abbreviations.Kind.CONDITIONAL || isDottedAcronym(text, wordStart, wordEnd)) {
            return startsWithSentenceStarter(text, opening);
        }
        return true;
    }

    /** "it said.Syrian": a period between a lower-case word and a capitalised one, without a space. */
    private static boolean gluedBreak(char[] text, int at, int runEnd, int closeEnd, boolean ellipsis) {
        int n = text.length;
        if (ellipsis || runEnd - at != 1 || closeEnd + 1 >= n) {
            return false;
        }
        if (!Character.isUpperCase(text[closeEnd]) || !Character.isLowerCase(text[closeEnd + 1])) {
            return false;
        }
        int wordStart = at;
        while (wordStart > 0 && Character.isLetter(text[wordStart - 1])) {
            wordStart--;
        }
        if (at - wordStart < 2 || !Character.isLowerCase(text[at - 1])) {
            return false;
        }
        boolean partOfLongerToken = wordStart > 0 && !Tokens.isSpace(text[wordStart - 1])
                && OPENERS.indexOf(text[wordStart - 1]) < 0;
        return !partOfLongerToken && ABBREVIATIONS.kind(text, wordStart, at) == null;
    }

    /** "U.S", "U.N", "a.m": single letters joined by periods. */
    private static boolean isDottedAcronym(char[] text, int start, int end) {
        if (end - start < 3) {
            return false;
        }
        for (int k = start; k < end; k++) {
            boolean letterSlot = (k - start) % 2 == 0;
            char c = text[k];
            if (letterSlot ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return (end - start) % 2 == 1;
    }

    private static boolean opensSentence(char[] text, int at) {
        int k = at;
        while (k < text.length && OPENERS.indexOf(text[k]) >= 0) {
            k++;
        }
        if (k >= text.length) {
            return false;
        }
        char c = text[k];
        if (Character.isUpperCase(c) || Character.isDigit(c)) {
            return true;
        }
        return isArticlePrefix(text, k);
    }

    /** "al-Shabaab", "el-Sisi": one to three lower-case letters, a hyphen, a capital. */
    private static boolean isArticlePrefix(char[] text, int at) {
        int k = at;
        while (k < text.length && k - at < 3 && Character.isLowerCase(text[k])) {
            k++;
        }
        return k > at && k + 1 < text.length && text[k] == '-' && Character.isUpperCase(text[k + 1]);
    }

    private static boolean startsWithSentenceStarter(char[] text, int at) {
        int start = at;
        while (start < text.length && OPENERS.indexOf(text[start]) >= 0) {
            start++;
        }
        int end = start;
        while (end < text.length && Character.isLetter(text[end])) {
            end++;
        }
        return end > start && ABBREVIATIONS.isSentenceStarter(text, start, end);
    }

    private static char firstLetterOrDigit(char[] text, int at) {
        for (int k = at; k < text.length; k++) {
            char c = text[k];
            if (Character.isLetterOrDigit(c)) {
                return c;
            }
            if (OPENERS.indexOf(c) < 0) {
                return c;
            }
        }
        return ' ';
    }

    private static int skipSpaces(char[] text, int from) {
        int k = from;
        while (k < text.length && Tokens.isSpace(text[k])) {
            k++;
        }
        return k;
    }

    private static void add(List<Sentence> sentences, String whole, char[] text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Tokens.isSpace(text[s])) {
            s++;
        }
        while (e > s && Tokens.isSpace(text[e - 1])) {
            e--;
        }
        if (e > s) {
            sentences.add(new Sentence(s, e, whole.substring(s, e)));
        }
    }
}
