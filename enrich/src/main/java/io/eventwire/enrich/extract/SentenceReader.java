package io.eventwire.enrich.extract;

import io.eventwire.enrich.actors.ActorKind;
import io.eventwire.enrich.actors.ActorMention;
import io.eventwire.enrich.actors.ActorRef;
import io.eventwire.enrich.geo.PlaceKind;
import io.eventwire.enrich.geo.PlaceMention;
import io.eventwire.enrich.numbers.Casualties;
import io.eventwire.enrich.numbers.CasualtyExtractor;
import io.eventwire.enrich.text.Sentence;
import io.eventwire.enrich.time.DateMention;
import io.eventwire.enrich.time.DateResolver;
import io.eventwire.schema.DatePrecision;
import io.eventwire.schema.GeoPrecision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads at most one event from one sentence: picks the sentence's strongest trigger that is reported
 * as fact and as news, then reads its roles, place, date and casualties, leaning on the article
 * context and the previous event of the paragraph where the sentence leaves something unsaid.
 * Immutable and thread safe.
 */
final class SentenceReader {

    private static final Set<PlaceKind> POINTS = EnumSet.of(PlaceKind.POPULATED_PLACE, PlaceKind.FACILITY,
            PlaceKind.CAMP, PlaceKind.CROSSING);
    private static final Set<ActorKind> STATE = EnumSet.of(ActorKind.STATE_FORCES, ActorKind.POLICE);
    private static final Set<String> PRONOUNS = Set.of("they", "it", "he", "she", "we");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "been", "being", "is", "are");
    private static final int LONG_QUOTE_WORDS = 8;

    private final TriggerLexicon lexicon;
    private final Cues cues;
    private final Reporters reporters;
    private final DateResolver dates;
    private final CasualtyExtractor casualties;

    SentenceReader(TriggerLexicon lexicon, Cues cues, Reporters reporters, DateResolver dates,
            CasualtyExtractor casualties) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.reporters = reporters;
        this.dates = dates;
        this.casualties = casualties;
    }

    /** What the reader needs to know besides the sentence. */
    record Situation(Tokens tokens, ArticleContext context, LocalDate anchor, @Nullable Candidate previous,
            List<PlaceMention> previousSentencePlaces) {
    }

    /** The event the sentence reports as fact and news, if any. */
    Optional<Candidate> read(Sentence sentence, Situation situation) {
        Tokens tokens = situation.tokens();
        int from = tokens.indexAt(sentence.start());
        int to = tokens.indexAt(sentence.end());
        TriggerLexicon.Match trigger = strongestFactualTrigger(sentence, tokens, from, to);
        if (trigger == null) {
            return Optional.empty();
        }
        List<DateMention> sentenceDates = dates.find(sentence.text(), situation.anchor());
        DateMention date = nearest(sentenceDates, tokens.start(trigger.from()) - sentence.start());
        if (date != null && date.background()) {
            return Optional.empty();
        }
        List<PlaceMention> places = situation.context().placesIn(sentence.start(), sentence.end());
        Casualties toll = firstEventToll(casualties.find(sentence.text()));
        if (trigger.rule().roles() == TriggerRule.Roles.NOUN && places.isEmpty() && toll == null && date == null) {
            return Optional.empty();
        }
        Roles roles = readRoles(trigger, sentence, situation, from);
        String subEventType = subEventType(trigger.rule(), roles);
        if (subEventType == null) {
            return Optional.empty();
        }
        PlaceChoice place = choosePlace(places, tokens.start(trigger.from()), situation);
        if (place == null && roles.actor1() == null) {
            return Optional.empty();
        }
        return Optional.of(candidate(subEventType, roles, place, date, toll, sentence, situation, from, to));
    }

    private Candidate candidate(String subEventType, Roles roles, @Nullable PlaceChoice place,
            @Nullable DateMention date, @Nullable Casualties toll, Sentence sentence, Situation situation, int from,
            int to) {
        LocalDate anchor = situation.anchor();
        LocalDate min = date != null ? date.min() : anchor;
        LocalDate max = date != null ? date.max() : anchor;
        DatePrecision precision = date != null ? date.precision() : DatePrecision.WEEK;
        String reportedBy = reporters.find(situation.tokens(), from, to).orElse(null);
        float confidence = 0.4f + (place != null && place.inSentence() ? 0.2f : 0f)
                + (roles.actor1() != null ? 0.15f : 0f) + (date != null ? 0.15f : 0f) + (reportedBy != null ? 0.05f : 0f);
        return new Candidate(subEventType, roles.actor1(), roles.actor2(),
                place == null ? null : place.mention().place(), place == null ? null : place.mention().surface(),
                place == null ? GeoPrecision.UNKNOWN : place.precision(), place != null && place.inSentence(),
                min, max, precision, toll, sentence, reportedBy, Math.min(confidence, 0.95f));
    }

    private TriggerLexicon.@Nullable Match strongestFactualTrigger(Sentence sentence, Tokens tokens, int from, int to) {
        TriggerLexicon.Match best = null;
        for (TriggerLexicon.Match match : lexicon.find(tokens, from, to)) {
            if (isReportedAsFact(match, sentence, tokens, from)
                    && (best == null || match.rule().priority() > best.rule().priority())) {
                best = match;
            }
        }
        return best;
    }

    private boolean isReportedAsFact(TriggerLexicon.Match match, Sentence sentence, Tokens tokens, int from) {
        boolean noun = match.rule().roles() == TriggerRule.Roles.NOUN;
        return !cues.isUnreal(tokens, from, match.from(), !noun)
                && !cues.isBackground(tokens, from, match.from())
                && !(noun && cues.isFledFrom(tokens, from, match.from()))
                && !insideLongQuote(sentence, tokens.start(match.from()));
    }

    /** Whether the offset stands inside a quoted statement of several words (reported speech). */
    private static boolean insideLongQuote(Sentence sentence, int offset) {
        String text = sentence.text();
        int at = offset - sentence.start();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || (c == '"' && open < 0)) {
                open = i;
            } else if ((c == '”' || c == '"') && open >= 0) {
                if (at > open && at < i && words(text, open, i) >= LONG_QUOTE_WORDS) {
                    return true;
                }
                open = -1;
            }
        }
        return open >= 0 && at > open && words(text, open, text.length()) >= LONG_QUOTE_WORDS;
    }

    private static int words(String text, int from, int to) {
        int count = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    /** The first figure that is an event toll, not a cumulative one. */
    private static @Nullable Casualties firstEventToll(List<Casualties> found) {
        for (Casualties toll : found) {
            if (!toll.cumulative() && (toll.killedBest() != null || toll.injured() != null)) {
                return toll;
            }
        }
        return null;
    }

    private static @Nullable DateMention nearest(List<DateMention> found, int offsetInSentence) {
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention date : found) {
            int distance = Math.min(Math.abs(date.start() - offsetInSentence), Math.abs(date.end() - offsetInSentence));
            if (distance < bestDistance) {
                best = date;
                bestDistance = distance;
            }
        }
        return best;
    }

    // ---- roles ------------------------------------------------------------------------------------

    /** Actor1 and actor2 of an event, canonical. */
    record Roles(@Nullable ActorRef actor1, @Nullable ActorRef actor2) {
    }

    private Roles readRoles(TriggerLexicon.Match trigger, Sentence sentence, Situation situation, int from) {
        ArticleContext context = situation.context();
        Tokens tokens = situation.tokens();
        int triggerStart = tokens.start(trigger.from());
        int triggerEnd = tokens.end(trigger.to() - 1);
        List<ActorMention> actors = context.actorsIn(sentence.start(), sentence.end());
        ActorRef left = subject(actors, triggerStart, tokens, trigger.from(), from, situation);
        ActorRef right = firstAfter(actors, triggerEnd, context, left);
        boolean passive = trigger.from() > from && PASSIVE_AUXILIARIES.contains(tokens.lower(trigger.from() - 1))
                && right != null;
        return switch (trigger.rule().roles()) {
            case AGENT -> passive ? new Roles(right, left) : new Roles(left, right);
            case BY -> new Roles(right, left);
            case WINNER -> new Roles(left, right != null ? right : opponentOf(left, context));
            case LOSER -> loserRoles(left, right, context);
            case FELL -> new Roles(right, opponentOf(right, context));
            case NOUN -> nounRoles(actors, context);
        };
    }

    private static Roles loserRoles(@Nullable ActorRef loser, @Nullable ActorRef right, ArticleContext context) {
        if (loser != null && loser.kind() == ActorKind.CIVILIANS) {
            return new Roles(null, null);
        }
        ActorRef winner = right != null && (loser == null || isState(right) != isState(loser)) ? right
                : opponentOf(loser, context);
        return new Roles(winner, loser);
    }

    private static Roles nounRoles(List<ActorMention> actors, ArticleContext context) {
        List<ActorRef> resolved = new ArrayList<>();
        for (ActorMention mention : actors) {
            context.resolve(mention).filter(actor -> resolved.stream().noneMatch(r -> r.name().equals(actor.name())))
                    .ifPresent(resolved::add);
        }
        if (resolved.isEmpty()) {
            return new Roles(null, null);
        }
        ActorRef first = preferHomeStateForces(resolved, context);
        ActorRef second = resolved.stream().filter(actor -> !actor.name().equals(first.name())).findFirst().orElse(null);
        if (second != null && isState(second) && isState(first) && context.country().isPresent()
                && !context.country().get().equals(first.countryCode())) {
            second = resolved.stream().filter(actor -> !isState(actor)).findFirst().orElse(second);
        }
        return new Roles(first, second);
    }

    /** Of several state forces named together ("Russian and Syrian aircraft"), the article country's. */
    private static ActorRef preferHomeStateForces(List<ActorRef> actors, ArticleContext context) {
        ActorRef first = actors.get(0);
        if (!isState(first) || context.country().isEmpty()) {
            return first;
        }
        for (int i = 1; i < actors.size() && isState(actors.get(i)); i++) {
            if (context.country().get().equals(actors.get(i).countryCode())) {
                return actors.get(i);
            }
        }
        return first;
    }

    /** The subject: the actor closest before the trigger, or the previous event's actor for a pronoun. */
    private static @Nullable ActorRef subject(List<ActorMention> actors, int triggerStart, Tokens tokens, int trigger,
            int sentenceFrom, Situation situation) {
        ActorRef closest = null;
        for (ActorMention mention : actors) {
            if (mention.end() <= triggerStart) {
                ActorRef resolved = situation.context().resolve(mention).orElse(null);
                if (resolved != null && !(closest != null && mention.coreferent())) {
                    closest = resolved;
                }
            }
        }
        if (closest == null && situation.previous() != null && startsWithPronoun(tokens, sentenceFrom, trigger)) {
            return situation.previous().actor1();
        }
        return closest;
    }

    private static boolean startsWithPronoun(Tokens tokens, int sentenceFrom, int trigger) {
        for (int i = Math.max(sentenceFrom, trigger - 4); i < trigger; i++) {
            if (PRONOUNS.contains(tokens.lower(i))) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable ActorRef firstAfter(List<ActorMention> actors, int triggerEnd, ArticleContext context,
            @Nullable ActorRef notThis) {
        for (ActorMention mention : actors) {
            if (mention.start() >= triggerEnd) {
                ActorRef resolved = context.resolve(mention).orElse(null);
                if (resolved != null && (notThis == null || !resolved.name().equals(notThis.name()))) {
                    return resolved;
                }
            }
        }
        return null;
    }

    private static @Nullable ActorRef opponentOf(@Nullable ActorRef actor, ArticleContext context) {
        if (actor == null) {
            return null;
        }
        return isState(actor) ? context.armedOpposition().orElse(null) : context.stateForces().orElse(null);
    }

    private static boolean isState(ActorRef actor) {
        return STATE.contains(actor.kind());
    }

    private static @Nullable String subEventType(TriggerRule rule, Roles roles) {
        if (rule.subEventType().equals(TriggerRule.TERRITORY)) {
            if (roles.actor1() == null) {
                return null;
            }
            return isState(roles.actor1()) ? "Government regains territory" : "Non-state actor overtakes territory";
        }
        if (rule.subEventType().equals(TriggerRule.ATTACK)) {
            if (roles.actor1() == null && roles.actor2() == null && rule.roles() != TriggerRule.Roles.NOUN) {
                return null;
            }
            boolean civilianTarget = roles.actor2() != null && roles.actor2().kind() == ActorKind.CIVILIANS;
            return civilianTarget ? "Attack" : "Armed clash";
        }
        return rule.subEventType();
    }

    // ---- place ------------------------------------------------------------------------------------

    /** A chosen place and how it was found. */
    record PlaceChoice(PlaceMention mention, GeoPrecision precision, boolean inSentence) {
    }

    private static @Nullable PlaceChoice choosePlace(List<PlaceMention> places, int triggerStart, Situation situation) {
        PlaceMention inSentence = bestPlace(places, triggerStart);
        if (inSentence != null) {
            return refineRegion(new PlaceChoice(inSentence, inSentence.precision(), true), situation.context());
        }
        PlaceMention fromPrevious = bestPlace(situation.previousSentencePlaces(), Integer.MAX_VALUE);
        if (fromPrevious != null) {
            return refineRegion(new PlaceChoice(fromPrevious, fromPrevious.precision(), false), situation.context());
        }
        return situation.context().mainPlace()
                .map(main -> new PlaceChoice(main, main.precision(), false)).orElse(null);
    }

    /** The first point after the trigger, else the closest point before it, else the first region. */
    private static @Nullable PlaceMention bestPlace(List<PlaceMention> places, int triggerStart) {
        PlaceMention before = null;
        for (PlaceMention place : places) {
            if (!POINTS.contains(place.place().kind()) && place.place().kind() != PlaceKind.ROAD) {
                continue;
            }
            if (place.start() >= triggerStart) {
                return place;
            }
            before = place;
        }
        if (before != null) {
            return before;
        }
        for (PlaceMention place : places) {
            if (place.place().kind() != PlaceKind.COUNTRY) {
                return place;
            }
        }
        return null;
    }

    /** A region or province named alone becomes the one place the article names inside it, if just one. */
    private static PlaceChoice refineRegion(PlaceChoice choice, ArticleContext context) {
        PlaceMention mention = choice.mention();
        PlaceKind kind = mention.place().kind();
        if ((kind != PlaceKind.ADMIN1 && kind != PlaceKind.REGION) || mention.place().admin1() == null) {
            return choice;
        }
        List<PlaceMention> inside = context.pointsIn(mention.place().countryCode(), mention.place().admin1());
        return inside.size() == 1 ? new PlaceChoice(inside.get(0), GeoPrecision.NEAR, choice.inSentence()) : choice;
    }
}
