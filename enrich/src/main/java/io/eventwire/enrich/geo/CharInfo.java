package io.eventwire.enrich.geo;

/**
 * What {@link Tokens} needs to know of each UTF-16 char, worked out once for all 65,536 of them so that cutting
 * a text into words asks no {@link Character} method per char (curly quotes, dashes and accented letters are
 * common in news text, and each used to cost several of those calls). It also keeps the cutting loop small: the
 * JIT inlines its helpers, and {@code Character}'s case methods inlined there made the loop slower for every
 * word, not only for the rare ones that need them. One {@code char} per char: the class the cutting loop
 * dispatches on in the low three bits, then one bit each for "continues a word", "apostrophe", "letter",
 * "upper case", and the case of a word that starts with it. Immutable.
 */
final class CharInfo {

    static final int OTHER = 0;
    /** An ASCII lower-case letter. */
    static final int LOWER = 1;
    /** An ASCII upper-case letter, or any letter or digit outside ASCII (its case is read apart). */
    static final int UPPER = 2;
    /** An ASCII digit. */
    static final int DIGIT = 3;
    static final int SPACE = 4;
    static final int NEWLINE = 5;
    static final int HYPHEN = 6;
    /** Ends a sentence or opens a quotation or bracket: the next word may be capitalised for that reason alone. */
    static final int STOP = 7;
    static final int CLASS = 7;

    /** A letter or digit, or a combining mark: the word goes on. */
    static final int WORD_CHAR = 1 << 3;
    /** An apostrophe or ayn/hamza mark ({@link Fold#isApostrophe}). */
    static final int APOSTROPHE = 1 << 4;
    /** {@link Character#isLetter}. */
    static final int LETTER = 1 << 5;
    /** {@link Character#isUpperCase} (letter or not: "Ⓐ" is upper case too). */
    static final int UPPER_CASE = 1 << 6;
    /** Two bits: how a word starting with the char is cased, one of the {@code STARTS_*} values. */
    static final int STARTS_SHIFT = 7;
    /** Upper or title case ({@link Character#isUpperCase}, {@link Character#isTitleCase}). */
    static final int STARTS_CAPITAL = 1;
    /** Neither, but {@link Character#isDigit}. */
    static final int STARTS_DIGIT = 2;
    /** None of those, but {@link Character#isLowerCase}. */
    static final int STARTS_LOWER = 3;

    private static final char[] INFO = new char[Character.MAX_VALUE + 1];
    /**
     * The {@link #WORD_CHAR} bit of each char alone, 1 or 0: {@link Tokens} packs a bit per char of a text from it,
     * 64 chars to a long, and a table of bytes spares a shift and a mask per char.
     */
    static final byte[] WORD_CHAR_BIT = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            INFO[c] = (char) compute((char) c);
            WORD_CHAR_BIT[c] = (byte) ((INFO[c] & WORD_CHAR) != 0 ? 1 : 0);
        }
    }

    private CharInfo() {
    }

    /** The class and bits of {@code c}. */
    static int of(char c) {
        return INFO[c];
    }

    /** The case a word starting with a char of {@code info} has: a {@code STARTS_*} value, or 0. */
    static int startCase(int info) {
        return info >>> STARTS_SHIFT & 3;
    }

    private static int compute(char c) {
        int info = classOf(c);
        if (isWordChar(c)) {
            info |= WORD_CHAR;
        }
        if (Fold.isApostrophe(c)) {
            info |= APOSTROPHE;
        }
        if (Character.isLetter(c)) {
            info |= LETTER;
        }
        if (Character.isUpperCase(c)) {
            info |= UPPER_CASE;
        }
        return info | startCaseOf(c) << STARTS_SHIFT;
    }

    private static int startCaseOf(char c) {
        if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
            return STARTS_CAPITAL;
        }
        if (Character.isDigit(c)) {
            return STARTS_DIGIT;
        }
        return Character.isLowerCase(c) ? STARTS_LOWER : 0;
    }

    private static int classOf(char c) {
        if (c < 128) {
            return asciiClassOf(c);
        }
        if (Character.isLetterOrDigit(c)) {
            return UPPER;
        }
        if (c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u2014') {
            return HYPHEN;
        }
        if (c == '\u201c' || c == '\u2022' || c == '\u00ab') {
            return STOP;
        }
        if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
            return NEWLINE;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE : OTHER;
    }

    private static int asciiClassOf(char c) {
        if (c >= 'a' && c <= 'z') {
            return LOWER;
        }
        if (c >= 'A' && c <= 'Z') {
            return UPPER;
        }
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b) {
            return SPACE;
        }
        if (c == '\n') {
            return NEWLINE;
        }
        if (c == '-') {
            return HYPHEN;
        }
        return ".!?:\"([|*".indexOf(c) >= 0 ? STOP : OTHER;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
