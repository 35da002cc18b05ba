package io.eventwire.enrich.geo;

import java.util.Arrays;

/**
 * The words of one text with their layout flags and, computed on first use, their folded form and keys
 * ({@link NameKeys}). Reused between texts by one thread: {@link #tokenize} resets it; not thread safe.
 */
final class Tokens {

    /** First letter upper case (or title case). */
    static final int CAP = 1;
    /** Two or more letters, all upper case ("HTS", "BEIRUT"). */
    static final int ALL_CAPS = 1 << 1;
    /** Starts with a digit. */
    static final int DIGIT = 1 << 2;
    /** Joined to the previous word by a hyphen without spaces ("al-Numan", "Ivano-Frankivsk"). */
    static final int HYPHEN_PREV = 1 << 3;
    /** Starts a sentence, a line, a quotation or a bracket. */
    static final int SENTENCE_START = 1 << 4;
    /** Has a letter outside the Latin script. */
    static final int NON_LATIN = 1 << 5;
    /** On a line written in title case (a headline): capitalisation says little. */
    static final int TITLE_LINE = 1 << 6;
    /** Punctuation other than a joining hyphen stands between the previous word and this one. */
    static final int GAP_PUNCT = 1 << 7;
    /** A line break stands between the previous word and this one. */
    static final int NEWLINE_BEFORE = 1 << 8;
    /** First letter lower case. */
    static final int LOWER = 1 << 9;
    /** Light and skeleton keys computed. */
    private static final int PIECES = 1 << 10;
    /** Folded form and word hash computed. */
    private static final int FOLDED = 1 << 13;
    /** Light key computed. */
    private static final int LIGHT_DONE = 1 << 14;
    /** Vocabulary code looked up. */
    private static final int CODED = 1 << 15;
    /** Folds to an Arabic article ("al", "el", "ash", ...). */
    private static final int ARTICLE = 1 << 11;
    /** Starts a paragraph (after a blank line or at the start). */
    static final int PARAGRAPH_START = 1 << 12;

    private static final int TITLE_LINE_MIN_WORDS = 4;
    private static final double TITLE_LINE_CAPITALISED = 0.75;

    private char[] chars = new char[4096];
    private int base;
    private int textLength;
    private int count;
    private int[] start = new int[256];
    private int[] end = new int[256];
    private int[] flags = new int[256];
    /** Bit per char of the text: it continues a word (see {@link #markWordChars}). */
    private long[] wordChars = new long[66];
    /** Bit per word: a name may start there (see {@link #nextPossibleNameStart}). */
    private long[] nameStarts = new long[64];

    private char[] buf = new char[4096];
    private int bufLength;
    private int[] foldOff = new int[256];
    private int[] foldLen = new int[256];
    private int[] lightOff = new int[256];
    private int[] lightLen = new int[256];
    private int[] skelOff = new int[256];
    private int[] skelLen = new int[256];
    private int[] altOff = new int[256];
    private int[] consonants = new int[256];
    private byte[] vowelEdges = new byte[256];
    /** The FNV state after the word's folded chars, before {@link Hashing#finish}: the exact key of a span starts from it. */
    private long[] foldState = new long[256];
    private int[] codes = new int[256];

    int count() {
        return count;
    }

    int start(int i) {
        return start[i];
    }

    int end(int i) {
        return end[i];
    }

    int flags(int i) {
        return flags[i];
    }

    boolean has(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    /** Splits {@code s} into words. Apostrophes inside words stay ("Ma'arrat"), a possessive "'s" is cut off. */
    void tokenize(CharSequence s) {
        tokenize(s, 0, s.length(), true);
    }

    /**
     * Splits {@code s[from, to)} into words (offsets stay those of {@code s}); {@code layout} also marks title-case
     * lines, which only running text needs.
     */
    void tokenize(CharSequence s, int from, int to, boolean layout) {
        base = from;
        textLength = to - from;
        bufLength = 0;
        copyText(s, from, to);
        clearNameStarts(to - from);
        cutWords(to - from, layout);
    }

    /**
     * Splits the name {@code s[from, to)} into the same words as {@link #tokenize}, for its keys: the layout flags
     * (capitals, punctuation, line breaks) stay unset, as keys do not read them. The gazetteer cuts 600,000 names
     * this way; keeping them out of {@link #cutWords} also keeps the JIT's picture of that loop one of running text.
     */
    void tokenizeName(CharSequence s, int from, int to) {
        base = from;
        textLength = to - from;
        bufLength = 0;
        copyText(s, from, to);
        char[] c = chars;
        int n = to - from;
        int words = 0;
        int i = 0;
        while (i < n) {
            if (!isWordStartClass(CharInfo.of(c[i]) & CharInfo.CLASS)) {
                i++;
                continue;
            }
            int j = wordEnd(c, i, n);
            if (words == start.length) {
                grow();
            }
            start[words] = base + i;
            end[words] = base + j;
            flags[words] = 0;
            words++;
            i = skipPossessive(c, j, n);
        }
        count = words;
    }

    /**
     * Cuts {@link #chars} into words, setting their layout flags and, with {@code layout}, marking title-case lines.
     * It runs over every char of every text, so it works in two steps that branch on words, not on chars: first a
     * bit per char that continues a word ({@link #markWordChars}), then one step per word, which finds the word's
     * start and end in those bits and reads only the chars between two words (mostly one space). The words and the
     * line being cut are counted in locals, and the arrays are re-read only after they grow.
     */
    private void cutWords(int n, boolean layout) {
        char[] c = chars;
        long[] bits = markWordChars(c, n);
        int blocks = (n >>> 6) + 1;
        int[] startAt = start;
        int[] endAt = end;
        int[] flagsAt = flags;
        int words = 0;
        int lineFirst = 0;
        int lineWords = 0;
        int lineCapitalised = 0;
        int pending = SENTENCE_START | PARAGRAPH_START;
        int p = 0;
        while (true) {
            int i = nextSet(bits, p, blocks);
            if (i >= n) {
                i = n;
            } else if (!isWordStartClass(CharInfo.of(c[i]) & CharInfo.CLASS)) {
                // a combining mark outside a word: punctuation, as the chars between words are read below
                i = nextWordStart(c, bits, i, n, blocks);
            }
            // the chars between the previous word and this one: mostly a single space, which changes nothing
            if (i != p + 1 || c[p] != ' ') {
                for (int k = p; k < i; k++) {
                    char ch = c[k];
                    int kind = CharInfo.of(ch) & CharInfo.CLASS;
                    if (kind == CharInfo.NEWLINE) {
                        if ((pending & NEWLINE_BEFORE) != 0 || words == 0) {
                            pending |= PARAGRAPH_START;
                        }
                        pending |= NEWLINE_BEFORE | SENTENCE_START | GAP_PUNCT;
                        markTitleLine(layout, lineFirst, words, lineWords, lineCapitalised);
                        lineFirst = words;
                        lineWords = 0;
                        lineCapitalised = 0;
                    } else if (kind == CharInfo.HYPHEN) {
                        boolean joins = words > 0 && endAt[words - 1] == base + k && pending == 0 && k + 1 < n
                                && isWordStartClass(CharInfo.of(c[k + 1]) & CharInfo.CLASS);
                        pending |= joins ? HYPHEN_PREV : ch == '-' ? GAP_PUNCT : GAP_PUNCT | SENTENCE_START;
                    } else {
                        pending |= GAP_FLAGS[kind]; // a space, a stop or other punctuation: a table, not a branch
                    }
                }
            }
            if (i >= n) {
                break;
            }
            int j = nextClear(bits, i + 1);
            int next = j; // where the chars after the word start
            char stop = c[j];
            if (stop == '.' || (CharInfo.of(stop) & CharInfo.APOSTROPHE) != 0) {
                if (stop != '.') {
                    j = wordCharsEnd(c, j, n); // maybe an apostrophe inside the word: go on by the full rules
                } else if (j == i + 1) {
                    j = wordEnd(c, i, n); // maybe a dotted abbreviation: the full rules
                }
                next = skipPossessive(c, j, n);
            }
            // lower-case and capitalised words take one path, not a branch each: which one a word is, is a coin toss
            int f = START_CASE_FLAGS[CharInfo.startCase(CharInfo.of(c[i]))];
            if ((CharInfo.of(c[i + 1]) & SECOND_CHAR_TESTS) != CharInfo.LETTER && j - i >= 2) {
                // no plain lower-case letter after the first char: "HTS", "l'Artibonite", "dʻIvoire"
                f = rareWordFlags(c, i, j);
            }
            f |= pending;
            markNameStart(words, f);
            if (words == startAt.length) {
                grow();
                startAt = start;
                endAt = end;
                flagsAt = flags;
            }
            // added, not branched on: whether a word is long and capitalised is a coin toss for branch prediction, so
            // the counts are sign and flag bits, not conditions (the JIT may compile a condition as a branch)
            int counts = (i + 3 - j) >>> 31 & ~f >>> DIGIT_BIT & 1; // four chars or more, not starting with a digit
            lineWords += counts;
            lineCapitalised += counts & f; // CAP is bit 0
            startAt[words] = base + i;
            endAt[words] = base + j;
            flagsAt[words] = f;
            words++;
            p = next;
            pending = next != j ? GAP_PUNCT : 0;
        }
        count = words;
        markTitleLine(layout, lineFirst, words, lineWords, lineCapitalised);
    }

    /** The first char at or after {@code i} that starts a word, or {@code n} ({@code c[i]} starts none). */
    private static int nextWordStart(char[] c, long[] bits, int i, int n, int blocks) {
        int k = i;
        while (k < n && !isWordStartClass(CharInfo.of(c[k]) & CharInfo.CLASS)) {
            k = nextSet(bits, k + 1, blocks);
        }
        return Math.min(k, n);
    }

    /**
     * A bit per char of {@code c[0, n]} and on to the end of its block of 64: set when the char continues a word
     * ({@link CharInfo#WORD_CHAR}). The NUL after the text and the chars after it are clear, so a search for a
     * clear bit ends at {@code n} at the latest and one for a set bit finds none past the text.
     */
    private long[] markWordChars(char[] c, int n) {
        int blocks = (n >>> 6) + 1;
        Arrays.fill(c, n, blocks << 6, (char) 0); // copyText made room
        if (wordChars.length < blocks) {
            wordChars = new long[Math.max(blocks, wordChars.length * 2)];
        }
        long[] bits = wordChars;
        byte[] w = CharInfo.WORD_CHAR_BIT;
        for (int b = 0; b < blocks; b++) {
            int at = b << 6;
            long block = 0;
            // eight chars to an int with constant shifts, then the int into the block: no branch, no variable shift
            for (int m = 0; m < 64; m += 8) {
                int eight = w[c[at + m]] | w[c[at + m + 1]] << 1 | w[c[at + m + 2]] << 2 | w[c[at + m + 3]] << 3
                        | w[c[at + m + 4]] << 4 | w[c[at + m + 5]] << 5 | w[c[at + m + 6]] << 6
                        | w[c[at + m + 7]] << 7;
                block |= (long) eight << m;
            }
            bits[b] = block;
        }
        return bits;
    }

    /** The first set bit at or after {@code i} in the first {@code blocks} longs, else {@code blocks * 64}. */
    private static int nextSet(long[] bits, int i, int blocks) {
        int block = i >>> 6;
        long word = bits[block] & -1L << i;
        while (word == 0) {
            block++;
            if (block >= blocks) {
                return blocks << 6;
            }
            word = bits[block];
        }
        return (block << 6) + Long.numberOfTrailingZeros(word);
    }

    /** The first clear bit at or after {@code i}; there is one at the NUL after the text at the latest. */
    private static int nextClear(long[] bits, int i) {
        int block = i >>> 6;
        long word = ~bits[block] & -1L << i;
        while (word == 0) {
            block++;
            word = ~bits[block];
        }
        return (block << 6) + Long.numberOfTrailingZeros(word);
    }

    /**
     * Copies the text into {@link #chars} and puts two NULs after it: sentinels that continue no word, so the loops
     * that find a word's end need no bounds test of their own.
     */
    private void copyText(CharSequence s, int from, int to) {
        int n = to - from;
        int room = Math.max(n + 2, ((n >>> 6) + 1) << 6); // the sentinels, and whole blocks for markWordChars
        if (chars.length < room) {
            chars = new char[Math.max(room, chars.length * 2)];
        }
        if (s instanceof String string) {
            string.getChars(from, to, chars, 0);
        } else {
            for (int k = 0; k < n; k++) {
                chars[k] = s.charAt(from + k);
            }
        }
        chars[n] = 0;
        chars[n + 1] = 0;
    }

    /**
     * The first word at or after {@code i} where a name may start, or {@link #count}: a capitalised word, or the
     * word before a capitalised one joined to it by a hyphen ("al-Hol"). Lets a scan for names step over the
     * lower-case words between them without reading each; only for texts cut by {@link #tokenize}.
     */
    int nextPossibleNameStart(int i) {
        if (i >= count) {
            return count;
        }
        int block = i >>> 6;
        long bits = nameStarts[block] & -1L << i;
        while (bits == 0) {
            block++;
            if (block << 6 >= count) {
                return count;
            }
            bits = nameStarts[block];
        }
        return (block << 6) + Long.numberOfTrailingZeros(bits);
    }

    /** Makes room in {@link #nameStarts} for the words of a text of {@code n} chars (at most one each), all unset. */
    private void clearNameStarts(int n) {
        int blocks = (n >>> 6) + 1;
        if (nameStarts.length < blocks) {
            nameStarts = new long[Math.max(blocks, nameStarts.length * 2)];
        } else {
            Arrays.fill(nameStarts, 0, blocks, 0);
        }
    }

    /** Marks word {@code word} if its flags {@code f} say a name may start there; for every word, with no branch. */
    private void markNameStart(int word, int f) {
        nameStarts[word >>> 6] |= (long) (f & CAP) << word; // CAP is bit 0
        if ((f & (HYPHEN_PREV | CAP)) == (HYPHEN_PREV | CAP)) {
            nameStarts[word - 1 >>> 6] |= 1L << word - 1;
        }
    }

    /** The character at offset {@code i} of the text (an offset as {@link #start} gives). */
    char charAt(int i) {
        return chars[i - base];
    }

    /** End of the text range tokenized, as an offset of the text. */
    int limit() {
        return base + textLength;
    }

    /** A letter or digit: ASCII or not, it starts a word. */
    private static boolean isWordStartClass(int kind) {
        return kind == CharInfo.LOWER || kind == CharInfo.UPPER || kind == CharInfo.DIGIT;
    }

    /** Where the word starting at {@code s[i]} ends; {@code s[n]} is the sentinel {@link #copyText} writes. */
    private static int wordEnd(char[] s, int i, int n) {
        int j = i + 1;
        // dotted abbreviations: U.S., U.K., D.R.
        if (j + 2 < n && s[j] == '.' && s[j + 2] == '.' && isUpperCase(s[i]) && isUpperCase(s[j + 1])) {
            j += 3;
            while (j + 1 < n && isUpperCase(s[j]) && s[j + 1] == '.') {
                j += 2;
            }
            return j;
        }
        return wordCharsEnd(s, j, n);
    }

    /**
     * Where a word ends whose chars before {@code j} all belong to it: letters, digits and marks go on, and so does
     * an apostrophe between letters that is not a possessive "'s" ("Ma'arrat").
     */
    private static int wordCharsEnd(char[] s, int j, int n) {
        while (true) {
            int info = CharInfo.of(s[j]);
            if ((info & CharInfo.WORD_CHAR) != 0) {
                j++;
            } else if ((info & CharInfo.APOSTROPHE) != 0 && j + 1 < n && (CharInfo.of(s[j + 1]) & CharInfo.LETTER) != 0
                    && !isPossessive(s, j, n)) {
                j++;
            } else {
                return j;
            }
        }
    }

    private static boolean isPossessive(char[] s, int apostrophe, int n) {
        char after = s[apostrophe + 1];
        return (after == 's' || after == 'S')
                && (apostrophe + 2 >= n || !isWordStartClass(CharInfo.of(s[apostrophe + 2]) & CharInfo.CLASS));
    }

    private static boolean isUpperCase(char c) {
        return (CharInfo.of(c) & CharInfo.UPPER_CASE) != 0;
    }

    private static int skipPossessive(char[] s, int j, int n) {
        if (j + 1 < n && (CharInfo.of(s[j]) & CharInfo.APOSTROPHE) != 0 && isPossessive(s, j, n)) {
            return j + 2;
        }
        return j;
    }

    /**
     * A French article elided before a capital ("l'Artibonite", "d'Ivoire") is part of a name: the word counts
     * as capitalised, so "Petite-Rivière de l'Artibonite" stays one name.
     */
    private static boolean elidedBeforeCapital(char[] s, int from, int to) {
        return to - from >= 3 && (s[from] == 'l' || s[from] == 'd') && (CharInfo.of(s[from + 1]) & CharInfo.APOSTROPHE) != 0
                && CharInfo.startCase(CharInfo.of(s[from + 2])) == CharInfo.STARTS_CAPITAL;
    }

    /**
     * The case flags of a word of two or more chars whose second char is not a plain lower-case letter: all capitals
     * ("HTS"), or a French article elided before a capital, which counts as capitalised ({@link #elidedBeforeCapital}).
     * (A word of one char, or one with a lower-case letter second, has the flags of its first char alone.)
     */
    private static int rareWordFlags(char[] s, int from, int to) {
        if ((CharInfo.of(s[from]) & CharInfo.CLASS) == CharInfo.LOWER) {
            return elidedBeforeCapital(s, from, to) ? CAP : LOWER;
        }
        return wordFlags(s, from, to);
    }

    /**
     * The case flags of a word that does not start with an ASCII lower-case letter. (Whether it has letters outside
     * the Latin script is {@link #fold}'s to say.)
     */
    private static int wordFlags(char[] s, int from, int to) {
        int f = START_CASE_FLAGS[CharInfo.startCase(CharInfo.of(s[from]))];
        int letters = 0;
        int upper = 0;
        for (int k = from; k < to; k++) {
            int info = CharInfo.of(s[k]);
            letters += (info & CharInfo.LETTER) != 0 ? 1 : 0;
            upper += (info & UPPER_CASE_LETTER) == UPPER_CASE_LETTER ? 1 : 0;
        }
        if (letters >= 2 && upper == letters) {
            f |= ALL_CAPS;
        }
        return f;
    }

    private static final int UPPER_CASE_LETTER = CharInfo.LETTER | CharInfo.UPPER_CASE;
    /** The flags a char between two words adds, by its {@link CharInfo} class (line breaks and hyphens aside). */
    private static final int[] GAP_FLAGS = new int[CharInfo.CLASS + 1];
    private static final int DIGIT_BIT = Integer.numberOfTrailingZeros(DIGIT);

    static {
        Arrays.fill(GAP_FLAGS, GAP_PUNCT);
        GAP_FLAGS[CharInfo.SPACE] = 0;
        GAP_FLAGS[CharInfo.STOP] = SENTENCE_START | GAP_PUNCT;
    }
    /**
     * A word whose second char is a letter, neither upper case nor an apostrophe (some are letters: "ʻ"), is
     * neither all capitals nor an elided article: its flags are those of its first char.
     */
    private static final int SECOND_CHAR_TESTS = UPPER_CASE_LETTER | CharInfo.APOSTROPHE;
    /** The flag of each {@link CharInfo#startCase}. */
    private static final int[] START_CASE_FLAGS = new int[4];

    static {
        START_CASE_FLAGS[CharInfo.STARTS_CAPITAL] = CAP;
        START_CASE_FLAGS[CharInfo.STARTS_DIGIT] = DIGIT;
        START_CASE_FLAGS[CharInfo.STARTS_LOWER] = LOWER;
    }

    private void grow() {
        int size = start.length * 2;
        start = Arrays.copyOf(start, size);
        end = Arrays.copyOf(end, size);
        flags = Arrays.copyOf(flags, size);
        foldOff = Arrays.copyOf(foldOff, size);
        foldLen = Arrays.copyOf(foldLen, size);
        lightOff = Arrays.copyOf(lightOff, size);
        lightLen = Arrays.copyOf(lightLen, size);
        skelOff = Arrays.copyOf(skelOff, size);
        skelLen = Arrays.copyOf(skelLen, size);
        altOff = Arrays.copyOf(altOff, size);
        consonants = Arrays.copyOf(consonants, size);
        vowelEdges = Arrays.copyOf(vowelEdges, size);
        foldState = Arrays.copyOf(foldState, size);
        codes = Arrays.copyOf(codes, size);
    }

    /**
     * Marks the words {@code [from, to)} of a line when it is written in title case: there capitals do not signal
     * names. {@code words} and {@code capitalised} count its words of four letters or more, counted while the line
     * was cut so that its words are not read a second time.
     */
    private void markTitleLine(boolean layout, int from, int to, int words, int capitalised) {
        if (layout && words >= TITLE_LINE_MIN_WORDS && capitalised >= TITLE_LINE_CAPITALISED * words) {
            for (int i = from; i < to; i++) {
                flags[i] |= TITLE_LINE;
            }
        }
    }

    // ---- folded form and keys, computed on first use ----

    private void ensureBuffer(int extra) {
        if (bufLength + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, bufLength + extra));
        }
    }

    /** Folds the word and hashes it, once. */
    private void fold(int i) {
        if ((flags[i] & FOLDED) != 0) {
            return;
        }
        int from = start[i] - base;
        int to = end[i] - base;
        ensureBuffer((to - from) * 2 + 8);
        int fo = bufLength;
        int o = fo;
        boolean nonLatin = false;
        long h = Hashing.SEED;
        char[] c = chars;
        char[] b = buf;
        for (int k = from; k < to; k++) {
            char ch = c[k];
            if (ch < 128) {
                char folded = ASCII_FOLD[ch];
                if (folded != 0) {
                    b[o++] = folded;
                    h = Hashing.step(h, folded);
                }
                continue;
            }
            String folded = Fold.of(ch);
            if (folded == Fold.NON_LATIN) {
                nonLatin = true;
            } else if (folded != Fold.SEPARATOR) {
                for (int m = 0; m < folded.length(); m++) {
                    b[o++] = folded.charAt(m);
                    h = Hashing.step(h, folded.charAt(m));
                }
            }
        }
        int fl = o - fo;
        bufLength = o;
        foldOff[i] = fo;
        foldLen[i] = fl;
        foldState[i] = h;
        int f = flags[i] | FOLDED;
        if (nonLatin || fl == 0) {
            f |= NON_LATIN;
        }
        if (NameKeys.isArticle(buf, fo, fl)) {
            f |= ARTICLE;
        }
        flags[i] = f;
    }

    /** ASCII folded: letters to lower case, digits kept, anything else (apostrophes, dots of "U.S.") dropped as 0. */
    private static final char[] ASCII_FOLD = new char[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_FOLD[c] = c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_FOLD[c] = c;
            ASCII_FOLD[c - 32] = c;
        }
    }

    /** Computes the word's light and skeleton keys once. */
    void pieces(int i) {
        if ((flags[i] & PIECES) != 0) {
            return;
        }
        fold(i);
        int fo = foldOff[i];
        int fl = foldLen[i];
        ensureBuffer(fl * 2 + 8);
        skelOff[i] = bufLength;
        altOff[i] = bufLength + fl + 1;
        int packed = NameKeys.skeleton(buf, fo, fl, buf, skelOff[i], buf, altOff[i]);
        skelLen[i] = packed & 0xff;
        consonants[i] = packed >>> 8 & 0xff;
        if ((packed & 1 << 16) == 0) {
            altOff[i] = -1;
            bufLength += skelLen[i];
        } else {
            bufLength = altOff[i] + skelLen[i];
        }
        vowelEdges[i] = (byte) ((NameKeys.startsWithVowel(buf, fo, fl) ? 1 : 0) | (NameKeys.endsWithVowel(buf, fo, fl) ? 2 : 0));
        flags[i] |= PIECES;
    }

    /** Computes the word's light key once (only spans whose skeleton matched need it). */
    private void light(int i) {
        if ((flags[i] & LIGHT_DONE) != 0) {
            return;
        }
        pieces(i);
        ensureBuffer(foldLen[i] + 8);
        lightOff[i] = bufLength;
        lightLen[i] = NameKeys.light(buf, foldOff[i], foldLen[i], buf, bufLength);
        bufLength += lightLen[i];
        flags[i] |= LIGHT_DONE;
    }

    /** The word's {@link Vocabulary} code, looked up once. */
    int vocabularyCode(int i, Vocabulary vocabulary) {
        if ((flags[i] & CODED) == 0) {
            codes[i] = (flags[i] & FOLDED) == 0 ? unfoldedVocabularyCode(i, vocabulary)
                    : foldedVocabularyCode(i, vocabulary);
            flags[i] |= CODED;
        }
        return codes[i];
    }

    /**
     * The code of a word not folded yet, asked as written first: a word found so, as a vocabulary word of ASCII letters
     * and digits ({@link Vocabulary#plainCode}), is made of such chars itself and folds to that word, so it needs no
     * other test (near half the words asked about are found: "the", "of", "in"). Any other word is asked again folded,
     * unless it is plain ASCII ({@link #isPlainAscii}), as then folding changes nothing but its case.
     */
    private int unfoldedVocabularyCode(int i, Vocabulary vocabulary) {
        int code = vocabulary.plainCode(chars, start[i] - base, end[i] - start[i]);
        return code != 0 || isPlainAscii(i) ? code : foldedVocabularyCode(i, vocabulary);
    }

    private int foldedVocabularyCode(int i, Vocabulary vocabulary) {
        fold(i);
        return foldLen[i] == 0 ? 0 : vocabulary.code(buf, foldOff[i], foldLen[i]);
    }

    /**
     * Whether the word is ASCII letters and digits only: it folds to itself in lower case, so the vocabulary can be
     * asked without folding it (most words asked about are lower-case words next to a name: "said", "in").
     */
    private boolean isPlainAscii(int i) {
        for (int k = start[i] - base, to = end[i] - base; k < to; k++) {
            char ch = chars[k];
            if (ch >= 128 || ASCII_FOLD[ch] == 0) {
                return false;
            }
        }
        return true;
    }

    boolean isArticle(int i) {
        fold(i);
        return (flags[i] & ARTICLE) != 0;
    }

    boolean isNonLatin(int i) {
        fold(i);
        return (flags[i] & NON_LATIN) != 0;
    }

    int foldedLength(int i) {
        fold(i);
        return foldLen[i];
    }

    /**
     * The keys of the words {@code [from, to)} read as one name, into {@code out}. Articles are dropped from the
     * light and skeleton keys when a later word follows them.
     */
    void keys(int from, int to, SpanKeys out) {
        skeletonKeys(from, to, out);
        strictKeys(from, to, out);
    }

    /** The skeleton keys (and consonant and word counts) only: the cheap first test of a span. */
    void skeletonKeys(int from, int to, SpanKeys out) {
        long skel = Hashing.SEED;
        long alt = Hashing.SEED;
        boolean hasAlt = false;
        int consonantCount = 0;
        int contentWords = 0;
        char lastSkel = 0;
        char lastAlt = 0;
        boolean prevEndsVowel = true;
        int lastContent = to - 1;
        for (int i = from; i < to; i++) {
            pieces(i);
            if ((flags[i] & ARTICLE) != 0 && i < lastContent) {
                continue;
            }
            contentWords++;
            boolean startsVowel = (vowelEdges[i] & 1) != 0;
            int so = skelOff[i];
            int ao = altOff[i] < 0 ? so : altOff[i];
            if (altOff[i] >= 0) {
                hasAlt = true;
            }
            for (int k = 0; k < skelLen[i]; k++) {
                char c = buf[so + k];
                char a = buf[ao + k];
                boolean merge = k == 0 && !prevEndsVowel && !startsVowel && c == lastSkel && a == lastAlt;
                if (!merge) {
                    skel = Hashing.step(skel, c);
                    alt = Hashing.step(alt, a);
                    if (c != NameKeys.SKELETON_LEADING_VOWEL) {
                        consonantCount++;
                    }
                }
                lastSkel = c;
                lastAlt = a;
            }
            if (skelLen[i] == 0) {
                lastSkel = 0;
                lastAlt = 0;
            }
            prevEndsVowel = (vowelEdges[i] & 2) != 0;
        }
        out.skeleton = Hashing.finish(skel, Hashing.SKELETON_SALT);
        out.skeletonAlt = hasAlt ? Hashing.finish(alt, Hashing.SKELETON_SALT) : 0;
        out.consonants = consonantCount;
        out.contentWords = contentWords;
    }

    /** The exact and light keys, once the skeleton has matched something. */
    void strictKeys(int from, int to, SpanKeys out) {
        out.exact = exactKey(from, to);
        lightKey(from, to, out);
    }

    /** The exact key: the folded words joined by single spaces. */
    long exactKey(int from, int to) {
        if (to <= from) {
            return Hashing.finish(Hashing.SEED, Hashing.EXACT_SALT);
        }
        fold(from);
        long exact = foldState[from];
        for (int i = from + 1; i < to; i++) {
            fold(i);
            exact = Hashing.step(exact, ' ');
            for (int k = foldOff[i], e = k + foldLen[i]; k < e; k++) {
                exact = Hashing.step(exact, buf[k]);
            }
        }
        return Hashing.finish(exact, Hashing.EXACT_SALT);
    }

    /** The light key and its length. */
    void lightKey(int from, int to, SpanKeys out) {
        long light = Hashing.SEED;
        int lightLength = 0;
        char lastLight = 0;
        int lastContent = to - 1;
        for (int i = from; i < to; i++) {
            light(i);
            if ((flags[i] & ARTICLE) != 0 && i < lastContent) {
                continue;
            }
            for (int k = lightOff[i], e = k + lightLen[i]; k < e; k++) {
                char c = buf[k];
                if (c != lastLight) {
                    light = Hashing.step(light, c);
                    lightLength++;
                    lastLight = c;
                }
            }
        }
        out.light = Hashing.finish(light, Hashing.LIGHT_SALT);
        out.lightLength = lightLength;
    }

    /** The keys of a span of words. */
    static final class SpanKeys {
        long exact;
        long light;
        long skeleton;
        /** The Spanish-jota skeleton, or 0 when the span has no plain j. */
        long skeletonAlt;
        int lightLength;
        int consonants;
        int contentWords;
        /** While loading names: the skeleton of a multi-word name's first word, else 0. */
        long firstWordSkeleton;

        /** Enough material for a light-key match: four letters. */
        boolean lightUsable() {
            return lightLength >= 4;
        }

        /** Enough material for a skeleton match: four consonants, or three over two or more words. */
        boolean skeletonUsable() {
            return consonants >= 4 || consonants >= 3 && contentWords >= 2;
        }
    }
}
