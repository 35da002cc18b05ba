package io.eventwire.enrich.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parser of the actor data file {@code actors.txt} (format at the top of the file): compiles every alias into an
 * {@link AliasTrie} and reads the member and context word lists. Reports every invalid line at once.
 */
final class ActorData {

    static final String STANDARD_RESOURCE = "actors.txt";

    private static final Pattern LIST = Pattern.compile("@list\\s+([\\w-]+)\\s*=\\s*(.*)");
    private static final Pattern WORDS = Pattern.compile("@(member|context)\\s*=\\s*(.*)");
    private static final Pattern ACTOR = Pattern.compile("actor\\s+(.*)");
    private static final Pattern LIST_REFERENCE = Pattern.compile("<([\\w-]+)>");
    private static final Pattern SLOT = Pattern.compile("\\{[a-z]+}");
    private static final Pattern CONFIDENCE = Pattern.compile("(.*?)\\s+~(\\d*\\.?\\d+)");
    private static final Pattern INNER_APOSTROPHE = Pattern.compile("(?<=\\p{L})['’ʼ](?!s\\b)(?=\\p{L})");
    private static final Pattern ALTERNATIVES = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern FIELDS = Pattern.compile("\\s*;\\s*");

    final AliasTrie trie;
    /** Keys of the words absorbed after a named actor ("fighters" in "HTS fighters"). */
    final Set<String> memberWords;
    /** Keys of the words that license a context-needing alias ("linked" in "IS-linked"). */
    final Set<String> contextWords;
    final int actors;
    /** Every named actor (not the generic ones, whose names hold {country}), in file order. */
    final List<ActorRef> named;
    /** Every generic actor, the very objects its aliases' entries hold, in file order. */
    final List<ActorRef> generic;

    private ActorData(AliasTrie trie, Set<String> memberWords, Set<String> contextWords, List<ActorRef> named,
            List<ActorRef> generic) {
        this.trie = trie;
        this.memberWords = memberWords;
        this.contextWords = contextWords;
        this.actors = named.size() + generic.size();
        this.named = named;
        this.generic = generic;
    }

    /** An alternative of a list or an alias, with its confidence (NaN when not given). */
    private record Phrase(String text, float confidence) {}

    /** The actor whose aliases follow; {@code ref} null for an ignore block. */
    private record Header(@Nullable ActorRef ref, float confidence, String where) {}

    /**
     * Parses the data-file format.
     *
     * @throws IllegalArgumentException listing every invalid line
     */
    static ActorData parse(String text, String origin, CountryTable countries) {
        List<String> problems = new ArrayList<>();
        List<String> lines = text.lines().toList();
        Map<String, List<Phrase>> lists = new HashMap<>();
        Set<String> memberWords = new HashSet<>();
        Set<String> contextWords = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String where = origin + ":" + (i + 1) + ": ";
            Matcher list = LIST.matcher(line);
            Matcher words = WORDS.matcher(line);
            if (list.matches()) {
                lists.computeIfAbsent(list.group(1), name -> new ArrayList<>()).addAll(phrases(list.group(2), where, problems));
            } else if (words.matches()) {
                Set<String> target = words.group(1).equals("member") ? memberWords : contextWords;
                for (Phrase word : phrases(words.group(2), where, problems)) {
                    Tokens tokens = Tokens.of(word.text());
                    if (tokens.size != 1) {
                        problems.add(where + "'" + word.text() + "' is not one word");
                    } else {
                        target.add(tokens.key(0));
                    }
                }
            }
        }
        AliasTrie trie = new AliasTrie();
        List<ActorRef> named = new ArrayList<>();
        List<ActorRef> generic = new ArrayList<>();
        Header header = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = raw.strip();
            String where = origin + ":" + (i + 1) + ": ";
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("@")) {
                continue;
            }
            if (!Character.isWhitespace(raw.charAt(0))) {
                header = header(line, where, countries, problems);
                if (header != null && header.ref() != null) {
                    if (header.ref().needsCountry()) {
                        generic.add(header.ref());
                    } else {
                        named.add(header.ref());
                    }
                }
            } else if (header == null) {
                problems.add(where + "aliases before any 'actor' or 'ignore' line");
            } else {
                for (Phrase alias : phrases(line, where, problems)) {
                    for (Phrase expanded : expand(alias, lists, where, problems)) {
                        addAlias(trie, header, expanded, where, countries, problems);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid actor data:\n" + String.join("\n", problems));
        }
        return new ActorData(trie, Set.copyOf(memberWords), Set.copyOf(contextWords), List.copyOf(named),
                List.copyOf(generic));
    }

    private static @Nullable Header header(String line, String where, CountryTable countries, List<String> problems) {
        if (line.equals("ignore")) {
            return new Header(null, 1f, where);
        }
        Matcher actor = ACTOR.matcher(line);
        String[] fields = actor.matches() ? FIELDS.split(actor.group(1)) : new String[0];
        if (fields.length < 3) {
            problems.add(where + "expected 'actor NAME ; KIND ; ISO2-or-- [; conf=C] [; inter=N]' or 'ignore'");
            return null;
        }
        String name = fields[0];
        ActorKind kind;
        try {
            kind = ActorKind.valueOf(fields[1].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(where + "unknown kind '" + fields[1] + "'");
            return null;
        }
        String country = fields[2].equals("-") ? null : fields[2];
        if (country != null && countries.byIso(country) == null) {
            problems.add(where + "unknown country '" + fields[2] + "'");
            return null;
        }
        if (country != null && name.contains(ActorRef.PLACEHOLDER)) {
            problems.add(where + "an actor named with " + ActorRef.PLACEHOLDER + " takes '-' as its country");
            return null;
        }
        float confidence = 1f;
        int inter = kind.interCode();
        for (int f = 3; f < fields.length; f++) {
            String[] option = fields[f].split("=", 2);
            try {
                switch (option[0]) {
                    case "conf" -> confidence = confidence(option[1]);
                    case "inter" -> inter = Integer.parseInt(option[1]);
                    default -> throw new IllegalArgumentException("unknown option");
                }
            } catch (RuntimeException e) {
                problems.add(where + "bad option '" + fields[f] + "' (conf=0..1, inter=N)");
            }
        }
        return new Header(new ActorRef(name, inter, country, kind), confidence, where);
    }

    private static void addAlias(AliasTrie trie, Header header, Phrase alias, String where, CountryTable countries,
                                 List<String> problems) {
        float confidence = Float.isNaN(alias.confidence()) ? header.confidence() : alias.confidence();
        String text = alias.text();
        boolean needsContext = text.endsWith("?");
        text = needsContext ? text.substring(0, text.length() - 1).strip() : text;
        AliasTrie.Entry entry = new AliasTrie.Entry(header.ref(), confidence, needsContext, where.strip());
        Set<String> variants = new java.util.LinkedHashSet<>();
        variants.add(text);
        variants.add(INNER_APOSTROPHE.matcher(text).replaceAll(""));
        for (String variant : variants) {
            List<Object> steps = steps(variant, header, where, problems);
            if (steps == null) {
                return;
            }
            AliasTrie.Entry clash = trie.add(steps, entry);
            if (clash != null) {
                problems.add(where + "'" + variant + "' is already an alias at " + clash.where()
                        + (clash.ref() == null ? " (ignore)" : " of " + clash.ref().name()));
            }
        }
    }

    /** The alias as trie steps (token keys and slots), or null after reporting why it cannot be one. */
    private static @Nullable List<Object> steps(String alias, Header header, String where, List<String> problems) {
        List<Object> steps = new ArrayList<>();
        int filling = 0;
        Matcher slot = SLOT.matcher(alias);
        int from = 0;
        while (true) {
            boolean found = slot.find();
            String literal = alias.substring(from, found ? slot.start() : alias.length());
            Tokens tokens = Tokens.of(literal);
            for (int t = 0; t < tokens.size; t++) {
                steps.add(tokens.dataKey(t));
            }
            if (!found) {
                break;
            }
            AliasTrie.Slot kind = slotOf(slot.group());
            if (kind == null) {
                problems.add(where + "unknown slot " + slot.group() + " in '" + alias + "' ({c}, {d} or {x})");
                return null;
            }
            filling += kind.fills ? 1 : 0;
            steps.add(kind);
            from = slot.end();
        }
        ActorRef ref = header.ref();
        Tokens whole = Tokens.of(SLOT.matcher(alias).replaceAll("slot"));
        for (int t = 1; t < whole.size; t++) {
            if (!whole.isSoftBefore(t)) {
                problems.add(where + "'" + alias + "': only spaces, hyphens, apostrophes and slashes may separate"
                        + " words, text never matches across '" + whole.between(t - 1, t) + "'");
                return null;
            }
        }
        if (steps.isEmpty()) {
            problems.add(where + "empty alias");
            return null;
        }
        if (filling > 1 || filling == 1 && (ref == null || !ref.needsCountry())) {
            problems.add(where + "'" + alias + "': {c} and {d} fill " + ActorRef.PLACEHOLDER
                    + "; use one, in an actor named with it");
            return null;
        }
        return steps;
    }

    private static AliasTrie.@Nullable Slot slotOf(String marker) {
        for (AliasTrie.Slot slot : AliasTrie.Slot.values()) {
            if (slot.marker.equals(marker)) {
                return slot;
            }
        }
        return null;
    }

    /** Every alias a phrase stands for once each {@code <list>} in it is replaced by each of its alternatives. */
    private static List<Phrase> expand(Phrase phrase, Map<String, List<Phrase>> lists, String where,
                                       List<String> problems) {
        Matcher reference = LIST_REFERENCE.matcher(phrase.text());
        if (!reference.find()) {
            return List.of(phrase);
        }
        List<Phrase> alternatives = lists.get(reference.group(1));
        if (alternatives == null) {
            problems.add(where + "unknown list <" + reference.group(1) + ">");
            return List.of();
        }
        List<Phrase> expanded = new ArrayList<>();
        for (Phrase alternative : alternatives) {
            String text = phrase.text().substring(0, reference.start()) + alternative.text()
                    + phrase.text().substring(reference.end());
            expanded.addAll(expand(new Phrase(text, min(phrase.confidence(), alternative.confidence())), lists,
                    where, problems));
        }
        return expanded;
    }

    private static float min(float a, float b) {
        return Float.isNaN(a) ? b : Float.isNaN(b) ? a : Math.min(a, b);
    }

    private static List<Phrase> phrases(String line, String where, List<String> problems) {
        List<Phrase> phrases = new ArrayList<>();
        for (String part : ALTERNATIVES.split(line.strip())) {
            if (part.isEmpty()) {
                problems.add(where + "empty alternative");
                continue;
            }
            Matcher confidence = CONFIDENCE.matcher(part);
            try {
                phrases.add(confidence.matches()
                        ? new Phrase(confidence.group(1), confidence(confidence.group(2)))
                        : new Phrase(part, Float.NaN));
            } catch (IllegalArgumentException e) {
                problems.add(where + "bad confidence in '" + part + "' (0 < c <= 1)");
            }
        }
        return phrases;
    }

    private static float confidence(String text) {
        float value = Float.parseFloat(text);
        if (!(value > 0f && value <= 1f)) {
            throw new IllegalArgumentException("confidence out of range: " + text);
        }
        return value;
    }
}
