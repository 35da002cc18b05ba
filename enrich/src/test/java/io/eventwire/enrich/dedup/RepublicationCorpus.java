package io.eventwire.enrich.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventwire.enrich.clean.ArticleCleaner;
import io.eventwire.schema.CleanArticle;
import io.eventwire.schema.ContentType;
import io.eventwire.schema.RawArticle;
import io.eventwire.schema.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A generated corpus for measuring near-duplicate detection. Its families: each seed article of
 * {@code ../seeds} with republications of it generated from a fixed random seed (edited sentences, another
 * headline, a paragraph dropped or added, quotes reordered, other outlets and their boilerplate), and a few
 * short articles written by hand about the same events as seeds 000, 003 and 004, each its own family.
 * Articles of one family are near-duplicates of each other; articles of different families are not, even
 * when they report the same event. Every article goes through the production {@link ArticleCleaner}.
 */
final class RepublicationCorpus {

    /** One article of the corpus and the family it belongs to. */
    record Article(String family, CleanArticle clean) {

        String id() {
            return clean.getArticleId();
        }
    }

    /** How much a republication changes its original. */
    enum Edit {
        /** Another outlet and boilerplate, a couple of words changed. */
        LIGHT(2, 0, false, false),
        /** A few sentences edited and one paragraph dropped. */
        MEDIUM(5, 1, true, false),
        /** Many sentences edited, a paragraph dropped, one added, quotes reordered, a new headline. */
        HEAVY(10, 1, true, true);

        final int wordEdits;
        final int paragraphsDropped;
        final boolean newHeadline;
        final boolean restructured;

        Edit(int wordEdits, int paragraphsDropped, boolean newHeadline, boolean restructured) {
            this.wordEdits = wordEdits;
            this.paragraphsDropped = paragraphsDropped;
            this.newHeadline = newHeadline;
            this.restructured = restructured;
        }
    }

    static final long RANDOM_SEED = 20_190_820L;

    private static final Path SEEDS = Path.of("../seeds");
    private static final Instant NOW = Instant.parse("2024-05-06T07:08:09Z");
    private static final ArticleCleaner CLEANER = ArticleCleaner.standard();
    private static final List<String> SAME_EVENT_FILES = List.of("a_town_falls.txt", "b_convoy_hit.txt",
            "c_monitor_report.txt", "d_same_quote.txt", "e_analysis.txt");

    private static final List<String> OUTLETS = List.of("Levant Wire", "The Morning Courier", "Gulf Daily Monitor",
            "Eastern Herald", "News24 World", "The Evening Dispatch", "Continental Press Review", "Daily Ledger");
    private static final List<String> HEADERS = List.of("Home | World | Middle East", "Breaking News",
            "World news, updated every hour", "Top stories", "Listen to this article", "Advertisement");
    private static final List<String> FOOTERS = List.of(
            "This article was originally published by a news agency and is republished here with permission.",
            "Follow us on social media for the latest updates from the region.",
            "Copyright 2019. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
            "Leave a Reply",
            "Sign up for our daily newsletter to get the top stories in your inbox every morning.",
            "Related Articles",
            "Have a news tip? Contact our newsroom.");
    private static final List<String> ADDED_PARAGRAPHS = List.of(
            "This story has been updated with comment from officials and new casualty figures.",
            "Reporting by our correspondents in the region; writing by the foreign desk; editing by the night editor.",
            "The news agency could not independently verify the reports because access to the area is restricted.");
    private static final List<String> INSERTED_WORDS = List.of("also", "reportedly", "now", "further", "meanwhile",
            "however", "still", "then", "already");
    private static final List<String> HEADLINE_PREFIXES = List.of("UPDATE 2-", "WRAPUP 1-", "Breaking:", "Analysis:",
            "Live:");

    private RepublicationCorpus() {
    }

    /**
     * The corpus: per seed the original and {@code republicationsPerSeed} republications, cycling through the
     * {@link Edit} levels, then the hand-written same-event articles. Deterministic.
     */
    static List<Article> generate(int republicationsPerSeed) {
        return generate(republicationsPerSeed, RANDOM_SEED);
    }

    /** The corpus generated from another random seed, to see how much the figures depend on it. */
    static List<Article> generate(int republicationsPerSeed, long randomSeed) {
        Random random = new Random(randomSeed);
        List<Article> corpus = new ArrayList<>();
        for (Seed seed : seeds()) {
            CleanArticle original = seed.clean();
            corpus.add(new Article(seed.family(), original));
            for (int copy = 1; copy <= republicationsPerSeed; copy++) {
                Edit edit = Edit.values()[(copy - 1) % Edit.values().length];
                String id = seed.family() + "-r" + copy;
                corpus.add(new Article(seed.family(), republish(original, id, edit, random)));
            }
        }
        for (String file : SAME_EVENT_FILES) {
            String family = "same-event-" + file.substring(0, file.indexOf('.'));
            corpus.add(new Article(family, clean(family, resource("same-event/" + file), null)));
        }
        return corpus;
    }

    /** The republication of {@code original} by another outlet, edited as much as {@code edit} says. */
    static CleanArticle republish(CleanArticle original, String id, Edit edit, Random random) {
        String outlet = pick(OUTLETS, random);
        String headline = original.getHeadline() == null ? "" : original.getHeadline();
        List<String> paragraphs = new ArrayList<>(original.getParagraphs());
        for (int dropped = 0; dropped < edit.paragraphsDropped && paragraphs.size() > 3; dropped++) {
            paragraphs.remove(1 + random.nextInt(paragraphs.size() - 1));
        }
        for (int count = 0; count < edit.wordEdits; count++) {
            int at = random.nextInt(paragraphs.size());
            paragraphs.set(at, editWords(paragraphs.get(at), random));
        }
        if (edit.restructured) {
            reorderQuotes(paragraphs, random);
            paragraphs.add(1 + random.nextInt(paragraphs.size()), pick(ADDED_PARAGRAPHS, random));
        }
        if (edit.newHeadline) {
            headline = pick(HEADLINE_PREFIXES, random) + " " + editWords(headline, random);
        }
        List<String> lines = new ArrayList<>();
        lines.add(pick(HEADERS, random));
        lines.add("Source: " + outlet);
        lines.add(headline);
        lines.addAll(paragraphs);
        lines.add("By " + outlet + " staff");
        lines.add(pick(FOOTERS, random));
        lines.add(pick(FOOTERS, random));
        return clean(id, String.join("\n\n", lines), outlet);
    }

    /** One word-level edit: two neighbours swapped, a word deleted, or a word inserted. */
    static String editWords(String sentence, Random random) {
        List<String> words = new ArrayList<>(Arrays.asList(sentence.split(" ")));
        if (words.size() < 3) {
            return sentence;
        }
        int at = random.nextInt(words.size() - 1);
        switch (random.nextInt(3)) {
            case 0 -> Collections.swap(words, at, at + 1);
            case 1 -> words.remove(at);
            default -> words.add(at, pick(INSERTED_WORDS, random));
        }
        return String.join(" ", words);
    }

    /** Swaps two paragraphs that hold quotes, or two neighbouring paragraphs when fewer than two do. */
    private static void reorderQuotes(List<String> paragraphs, Random random) {
        List<Integer> quoted = IntStream.range(0, paragraphs.size())
                .filter(at -> paragraphs.get(at).contains("“") || paragraphs.get(at).contains("\""))
                .boxed()
                .toList();
        if (quoted.size() >= 2) {
            Collections.swap(paragraphs, quoted.get(0), quoted.get(1 + random.nextInt(quoted.size() - 1)));
        } else if (paragraphs.size() >= 2) {
            int at = random.nextInt(paragraphs.size() - 1);
            Collections.swap(paragraphs, at, at + 1);
        }
    }

    private static <T> T pick(List<T> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static CleanArticle clean(String id, String text, @Nullable String outlet) {
        RawArticle raw = RawArticle.newBuilder()
                .setArticleId(id)
                .setSourceUri("file:corpus/" + id + ".txt")
                .setFormat(SourceFormat.TEXT)
                .setContentType(ContentType.TEXT_PLAIN)
                .setContent(text)
                .setOutlet(outlet)
                .setSizeBytes(text.length())
                .setIngestedAt(NOW)
                .build();
        return CLEANER.clean(raw, NOW);
    }

    private static String resource(String name) {
        try (InputStream in = RepublicationCorpus.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One seed file with its manifest's outlet. */
    private record Seed(String file, @Nullable String outlet) {

        String family() {
            return "seed-" + file.substring(0, 3);
        }

        CleanArticle clean() {
            try {
                return RepublicationCorpus.clean(family(), Files.readString(SEEDS.resolve(file)), outlet);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<Seed> seeds() {
        try {
            List<Seed> seeds = new ArrayList<>();
            for (JsonNode entry : new ObjectMapper().readTree(SEEDS.resolve("manifest.json").toFile())) {
                JsonNode outlet = entry.get("outlet");
                seeds.add(new Seed(entry.get("file").asText(), outlet == null || outlet.isNull() ? null : outlet.asText()));
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
