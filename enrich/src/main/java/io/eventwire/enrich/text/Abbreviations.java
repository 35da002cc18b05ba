package io.eventwire.enrich.text;

import java.util.List;
import java.util.Map;

/** The splitter's abbreviation classes, read once from {@code abbreviations.txt}. Immutable. */
final class Abbreviations {

    enum Kind { NEVER_FINAL, BEFORE_NUMBER, CONDITIONAL }

    private final Lexicon<Kind> abbreviations;
    private final Lexicon<Boolean> sentenceStarters;

    private Abbreviations(Lexicon<Kind> abbreviations, Lexicon<Boolean> sentenceStarters) {
        this.abbreviations = abbreviations;
        this.sentenceStarters = sentenceStarters;
    }

    static Abbreviations standard() {
        Map<String, List<String>> lists = WordLists.load(Abbreviations.class, "abbreviations.txt");
        return new Abbreviations(
                Lexicon.<Kind>builder()
                        .putAll(WordLists.section(lists, "never-final"), Kind.NEVER_FINAL)
                        .putAll(WordLists.section(lists, "before-number"), Kind.BEFORE_NUMBER)
                        .putAll(WordLists.section(lists, "conditional"), Kind.CONDITIONAL)
                        .build(),
                Lexicon.<Boolean>builder().putAll(WordLists.section(lists, "sentence-starters"), Boolean.TRUE).build());
    }

    /** The class of the abbreviation {@code text[start, end)} (without its final period), or null. */
    Kind kind(char[] text, int start, int end) {
        return abbreviations.get(text, start, end);
    }

    boolean isSentenceStarter(char[] text, int start, int end) {
        return sentenceStarters.get(text, start, end) != null;
    }
}
