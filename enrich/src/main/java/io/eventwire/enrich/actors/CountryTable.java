package io.eventwire.enrich.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The countries of the data file {@code countries.tsv} (format at the top of the file) and the words that name
 * them, compiled into a token trie. Immutable and thread safe.
 */
final class CountryTable {

    static final String STANDARD_RESOURCE = "countries.tsv";

    /** Kinds of country word, as bits, so that a word can be of several kinds. */
    static final int NAME = 1;
    static final int DEMONYM = 2;
    static final int CAPITAL = 4;
    /** Plural demonyms ("Syrians"): looked up as words, never part of an actor pattern. */
    static final int PLURAL = 8;

    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern ALTERNATIVES = Pattern.compile("\\s*\\|\\s*");
    private static final String ARTICLE = "the ";

    /**
     * One country. {@code article}: ACLED writes "of the {name}" in actor names; {@code index}: its row, from 0.
     */
    record Country(String iso2, String name, boolean article, int index) {}

    /** A country word found in a text: tokens [start, end), the country and the word's kinds. */
    record Word(int start, int end, Country country, int kinds) {}

    /** What a country word's last token holds: the country and the word's kinds (bits). */
    private static final class WordValue {
        final Country country;
        int kinds;

        WordValue(Country country) {
            this.country = country;
        }
    }

    /**
     * The country words compiled against a vocabulary, to be found in texts read with it. Immutable, thread safe.
     */
    static final class Matcher {
        private final TokenTrie.Node<WordValue> root;
        private final Vocabulary vocabulary;
        private final int possessive;

        private Matcher(TokenTrie.Node<WordValue> root, Vocabulary vocabulary) {
            this.root = root;
            this.vocabulary = vocabulary;
            this.possessive = vocabulary.id("s");
        }

        private static boolean isApostrophe(String separator) {
            return separator.length() == 1 && Tokens.isApostrophe(separator.charAt(0));
        }

        /** The key ids that begin a country word. */
        int[] firstIds() {
            return root.childIds();
        }

        /** Whether the key alone is a country word (of any kind); false when no country word starts with it. */
        boolean isWholeWord(int firstId) {
            TokenTrie.Node<WordValue> node = root.next(firstId);
            return node != null && node.value != null;
        }

        /** The key ids that can follow the key in a country word ("Sudan" after "South"); empty when none. */
        int[] secondIds(int firstId) {
            TokenTrie.Node<WordValue> node = root.next(firstId);
            return node == null ? new int[0] : node.childIds();
        }

        /**
         * The longest country word starting at a token, its tokens joined by soft separators only.
         *
         * @param accepted the kinds of word wanted (bits); a word of none of them is not found
         */
        @Nullable Word wordAt(Tokens tokens, int token, int accepted) {
            TokenTrie.Node<WordValue> node = root;
            Word best = null;
            for (int i = token; i < tokens.size; i++) {
                if (i > token && !tokens.isSoftBefore(i)) {
                    break;
                }
                node = node.next(tokens, i);
                if (node == null) {
                    break;
                }
                WordValue value = node.value;
                if (value != null && (value.kinds & accepted) != 0) {
                    best = new Word(token, i + 1, value.country, value.kinds);
                }
                // most country words are one token, with no longer word after them: the next token is left alone
                if (node.isLeaf()) {
                    break;
                }
            }
            return best;
        }

        /**
         * The country a whole phrase names ("Syrian", "Burkina Faso", "Damascus", "Syrians", "Russia's"), if any.
         *
         * @param reader a reader of this matcher's vocabulary, reused by one thread: the extractor asks about a
         *               dozen words an article, each of which would otherwise allocate a reader's arrays
         */
        @Nullable Country countryOf(String phrase, Tokens reader) {
            Tokens tokens = reader.read(phrase);
            int size = tokens.size;
            if (size > 1 && tokens.id(size - 1) == possessive && isApostrophe(tokens.between(size - 2, size - 1))) {
                size--;
            }
            Word word = size == 0 ? null : wordAt(tokens, 0, NAME | DEMONYM | CAPITAL | PLURAL);
            return word != null && word.end() == size ? word.country() : null;
        }
    }

    private static volatile @Nullable CountryTable standard;

    private final Map<String, Country> byIso;
    private final TokenTrie.Builder<WordValue> root;
    private final int words;

    private CountryTable(Map<String, Country> byIso, TokenTrie.Builder<WordValue> root, int words) {
        this.byIso = byIso;
        this.root = root;
        this.words = words;
    }

    /** The shipped table, loaded once. */
    static CountryTable standard() {
        CountryTable table = standard;
        if (table == null) {
            synchronized (CountryTable.class) {
                table = standard;
                if (table == null) {
                    table = parse(readResource(STANDARD_RESOURCE), STANDARD_RESOURCE);
                    standard = table;
                }
            }
        }
        return table;
    }

    static String readResource(String name) {
        try (InputStream in = CountryTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /**
     * Parses the data-file format.
     *
     * @throws IllegalArgumentException listing every invalid line (column count, code, a word naming two countries)
     */
    static CountryTable parse(String text, String origin) {
        Map<String, Country> byIso = new LinkedHashMap<>();
        TokenTrie.Builder<WordValue> root = new TokenTrie.Builder<>();
        List<String> problems = new ArrayList<>();
        int words = 0;
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = origin + ":" + (i + 1) + ": ";
            String[] columns = line.split("\t", -1);
            if (columns.length != 5) {
                problems.add(where + "expected 5 TAB-separated columns, found " + columns.length);
                continue;
            }
            String iso2 = columns[0].strip();
            String name = columns[1].strip();
            boolean article = name.startsWith(ARTICLE);
            name = article ? name.substring(ARTICLE.length()) : name;
            if (!ISO2.matcher(iso2).matches() || byIso.containsKey(iso2)) {
                problems.add(where + "bad or repeated ISO2 code '" + iso2 + "'");
                continue;
            }
            Country country = new Country(iso2, name, article, byIso.size());
            byIso.put(iso2, country);
            List<String> names = new ArrayList<>(alternatives(columns[2]));
            names.add(0, name);
            words += add(root, names, NAME, country, where, problems);
            List<String> demonyms = alternatives(columns[3]);
            words += add(root, demonyms, DEMONYM, country, where, problems);
            words += add(root, plurals(demonyms), PLURAL, country, where, problems);
            words += add(root, alternatives(columns[4]), CAPITAL, country, where, problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid country table:\n" + String.join("\n", problems));
        }
        return new CountryTable(Map.copyOf(byIso), root, words);
    }

    @Nullable Country byIso(String iso2) {
        return byIso.get(iso2.toUpperCase(Locale.ROOT));
    }

    boolean takesArticle(String iso2) {
        Country country = byIso(iso2);
        return country != null && country.article();
    }

    int size() {
        return byIso.size();
    }

    int words() {
        return words;
    }

    /** Every token key of the country words, for the vocabulary. */
    void collectKeys(Set<String> keys) {
        root.collectKeys(keys);
        keys.add("s");
    }

    /** The country words compiled against a vocabulary holding every key of {@link #collectKeys(Set)}. */
    Matcher compile(Vocabulary vocabulary) {
        return new Matcher(root.compile(vocabulary, 0), vocabulary);
    }

    private static int add(TokenTrie.Builder<WordValue> root, List<String> words, int kind, Country country,
                           String where, List<String> problems) {
        int added = 0;
        for (String word : words) {
            Tokens tokens = Tokens.of(word);
            if (tokens.size == 0) {
                problems.add(where + "empty country word");
                continue;
            }
            TokenTrie.Builder<WordValue> node = root;
            for (int i = 0; i < tokens.size; i++) {
                node = node.child(tokens.dataKey(i));
            }
            WordValue value = node.value();
            if (value != null && !value.country.equals(country)) {
                problems.add(where + "'" + word + "' already names " + value.country.iso2());
                continue;
            }
            if (value == null) {
                value = new WordValue(country);
                node.value(value);
            }
            value.kinds |= kind;
            added++;
        }
        return added;
    }

    private static List<String> alternatives(String column) {
        String value = column.strip();
        return value.isEmpty() || value.equals("-") ? List.of() : Arrays.asList(ALTERNATIVES.split(value));
    }

    /** "Syrian" → "Syrians", "Israeli" → "Israelis", "Burkinabe" → "Burkinabes"; "Sudanese", "Swiss" have none. */
    private static List<String> plurals(List<String> demonyms) {
        List<String> plurals = new ArrayList<>();
        for (String demonym : demonyms) {
            char last = demonym.charAt(demonym.length() - 1);
            boolean collective = demonym.endsWith("ese") || demonym.endsWith("ss") || demonym.endsWith("sh")
                    || demonym.endsWith("ch");
            if (!collective && (last == 'n' || last == 'i' || last == 'e')) {
                plurals.add(demonym + "s");
            }
        }
        return plurals;
    }
}
