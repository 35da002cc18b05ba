package io.eventwire.enrich.numbers;

import io.eventwire.enrich.text.Lexicon;
import io.eventwire.enrich.text.WordLists;
import java.util.List;
import java.util.Map;

/**
 * A word of the casualty grammar, read from the data files.
 *
 * @param role     what it does in the grammar
 * @param value    for number words, their value
 * @param singular for people nouns, whether "a"/"an" before it counts one person
 */
record CasualtyWord(Role role, long value, boolean singular) {

    enum Role {
        ONES, TENS, SCALE, DOZEN, VAGUE, COUPLE, ARTICLE, NO, MONTH, MODIFIER, PREPOSITION, REPORTING,
        KILL, DIE, DEATH_NOUN, TO_DEATH, LIVES, TOLL, INJURE,
        AUXILIARY, BREAK, RISE, INCIDENT, WAR, PERSON, NOT_CASUALTY, COURT
    }

    static final Lexicon<CasualtyWord> LEXICON = load();

    /** The predicate words alone: a sentence without one of them reports no casualties. */
    static final Lexicon<Boolean> PREDICATES = predicates();

    boolean isPredicate() {
        return switch (role) {
            case KILL, DIE, DEATH_NOUN, TO_DEATH, LIVES, TOLL, INJURE -> true;
            default -> false;
        };
    }

    boolean isNumberWord() {
        return switch (role) {
            case ONES, TENS, SCALE, DOZEN, VAGUE, COUPLE -> true;
            default -> false;
        };
    }

    private static Lexicon<Boolean> predicates() {
        Map<String, List<String>> words = WordLists.load(CasualtyWord.class, "casualty-words.txt");
        Lexicon.Builder<Boolean> b = Lexicon.builder();
        for (String section : List.of("kill-verb", "die-verb", "death-noun", "to-death", "lives", "toll",
                "injure-verb")) {
            b.putAll(WordLists.section(words, section), Boolean.TRUE);
        }
        return b.build();
    }

    private static Lexicon<CasualtyWord> load() {
        Lexicon.Builder<CasualtyWord> b = Lexicon.builder();
        Map<String, List<String>> numbers = WordLists.load(CasualtyWord.class, "number-words.txt");
        numberSection(b, numbers, "ones", Role.ONES);
        numberSection(b, numbers, "tens", Role.TENS);
        numberSection(b, numbers, "scales", Role.SCALE);
        numberSection(b, numbers, "dozen", Role.DOZEN);
        numberSection(b, numbers, "vague", Role.VAGUE);
        numberSection(b, numbers, "couple", Role.COUPLE);
        Map<String, List<String>> words = WordLists.load(CasualtyWord.class, "casualty-words.txt");
        section(b, words, "not-casualty", Role.NOT_CASUALTY);
        section(b, words, "kill-verb", Role.KILL);
        section(b, words, "die-verb", Role.DIE);
        section(b, words, "death-noun", Role.DEATH_NOUN);
        section(b, words, "to-death", Role.TO_DEATH);
        section(b, words, "court", Role.COURT);
        section(b, words, "lives", Role.LIVES);
        section(b, words, "toll", Role.TOLL);
        section(b, words, "injure-verb", Role.INJURE);
        section(b, words, "auxiliary", Role.AUXILIARY);
        section(b, words, "clause-break", Role.BREAK);
        section(b, words, "preposition", Role.PREPOSITION);
        section(b, words, "reporting", Role.REPORTING);
        section(b, words, "rise", Role.RISE);
        section(b, words, "incident", Role.INCIDENT);
        section(b, words, "war", Role.WAR);
        for (String person : WordLists.section(words, "person")) {
            b.put(person, new CasualtyWord(Role.PERSON, 0, isSingular(person)));
        }
        for (String modifier : List.of("more", "greater", "upwards", "up", "close", "fewer", "less", "nearly", "almost",
                "under", "about", "some", "roughly", "approximately", "approx", "estimated", "between")) {
            b.put(modifier, new CasualtyWord(Role.MODIFIER, 0, false));
        }
        b.put("a", new CasualtyWord(Role.ARTICLE, 1, false));
        b.put("an", new CasualtyWord(Role.ARTICLE, 1, false));
        b.put("no", new CasualtyWord(Role.NO, 0, false));
        b.put("nobody", new CasualtyWord(Role.NO, 0, false));
        for (String month : List.of("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                "sept", "oct", "nov", "dec")) {
            b.put(month, new CasualtyWord(Role.MONTH, 0, false));
        }
        return b.build();
    }

    /** "soldier", "policeman" but not "soldiers", "people", "men", "police", "personnel". */
    private static boolean isSingular(String noun) {
        return !(noun.endsWith("s") || noun.endsWith("men") || noun.endsWith("people") || noun.equals("children")
                || noun.equals("police") || noun.equals("personnel") || noun.equals("militia") || noun.equals("crew")
                || noun.equals("family"));
    }

    private static void section(Lexicon.Builder<CasualtyWord> b, Map<String, List<String>> lists, String name, Role role) {
        for (String word : WordLists.section(lists, name)) {
            b.put(word, new CasualtyWord(role, 0, false));
        }
    }

    private static void numberSection(Lexicon.Builder<CasualtyWord> b, Map<String, List<String>> lists, String name, Role role) {
        for (String entry : WordLists.section(lists, name)) {
            String[] parts = entry.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalStateException("number-words.txt [" + name + "]: expected 'word value', got '" + entry + "'");
            }
            b.put(parts[0], new CasualtyWord(role, Long.parseLong(parts[1]), false));
        }
    }
}
