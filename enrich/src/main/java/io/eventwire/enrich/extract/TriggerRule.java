package io.eventwire.enrich.extract;

/**
 * One line of the trigger lexicon: a phrase pattern, the sub-event type it codes, how roles are read
 * and its priority. Immutable.
 *
 * @param pattern the pattern as written in the data file
 * @param subEventType an ACLED sub-event type, or {@link #TERRITORY} or {@link #ATTACK}
 * @param roles how actor1 and actor2 are read around the trigger
 * @param priority the highest-priority trigger of a sentence codes its event
 */
record TriggerRule(String pattern, String subEventType, Roles roles, int priority) {

    /** Government regains territory or non-state actor overtakes territory, by who wins. */
    static final String TERRITORY = "TERRITORY";
    /** Armed clash against armed actors, attack against civilians. */
    static final String ATTACK = "ATTACK";

    /** How roles are read around a trigger. */
    enum Roles {
        /** actor1 is the subject, actor2 the first actor after the trigger. */
        AGENT,
        /** Territory: the subject takes the place. */
        WINNER,
        /** Territory: the subject leaves the place. */
        LOSER,
        /** Territory: the place fell to the actor after the trigger. */
        FELL,
        /** Passive: actor1 follows "by", actor2 is the subject. */
        BY,
        /** The subject fought off an attack: actor1 is the attacker after the trigger, actor2 the subject. */
        DEFENDER,
        /** A noun: actors in order of appearance; needs a place, casualties or a date in the sentence. */
        NOUN
    }

    /** Whether the sub-event type depends on who wins or who is targeted. */
    boolean dependsOnActors() {
        return subEventType.equals(TERRITORY) || subEventType.equals(ATTACK);
    }
}
