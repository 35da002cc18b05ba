package io.eventwire.enrich.clean;

/** Small, allocation-light tests on one line of text, shared by the cleaning steps. Stateless. */
final class Lines {

    /** A paragraph at least this long is body copy, never a headline, caption or list item. */
    static final int LONG_PARAGRAPH_CHARS = 150;

    private Lines() {
    }

    /**
     * Collapses every run of whitespace (NBSP, thin and figure spaces included) into one space, drops
     * invisible characters (zero-width space, BOM, soft hyphen) and trims. Quotes are left as they are.
     */
    static String normalise(CharSequence text) {
        if (isNormal(text)) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Number of space-separated words of a normalised line. */
    static int words(String line) {
        if (line.isEmpty()) {
            return 0;
        }
        int count = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ' ') {
                count++;
            }
        }
        return count;
    }

    /** Whether the line ends a sentence or clause: . ! ? ; : , … (before any closing quote or bracket). */
    static boolean endsWithPunctuation(String line) {
        int i = line.length() - 1;
        while (i >= 0 && isClosing(line.charAt(i))) {
            i--;
        }
        return i >= 0 && ".!?;:,…".indexOf(line.charAt(i)) >= 0;
    }

    /** Whether the line ends with a full stop, question or exclamation mark (before any closing quote). */
    static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && isClosing(line.charAt(i))) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(line.charAt(i)) >= 0;
    }

    /** Whether the line reads as body copy: long, or a full sentence of a dozen words or more. */
    static boolean isBodyLike(String line) {
        return line.length() >= LONG_PARAGRAPH_CHARS || (endsSentence(line) && words(line) >= 12);
    }

    /** Whether the line reads like a headline or a link title: short, no closing punctuation. */
    static boolean isHeadlineLike(String line) {
        return line.length() < LONG_PARAGRAPH_CHARS && words(line) >= 2 && !endsWithPunctuation(line);
    }

    /** Whether the first character is an upper-case letter. */
    static boolean startsUpperCase(String line) {
        return !line.isEmpty() && Character.isUpperCase(line.codePointAt(0));
    }

    /** Whether the text is already normalised: single plain spaces, only between other characters. */
    private static boolean isNormal(CharSequence text) {
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            boolean plainSpace = c == ' ' && i > 0 && i < last && text.charAt(i - 1) != ' ';
            if (!plainSpace && (isSpace(c) || isInvisible(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']';
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060';
    }
}
