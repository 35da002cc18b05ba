package io.eventwire.enrich.actors;

/**
 * What kind of party an actor is, following ACLED's actor types; each kind carries ACLED's inter code.
 */
public enum ActorKind {
    /** Military forces of a state (inter 1). */
    STATE_FORCES(1),
    /** Police forces of a state (inter 1). */
    POLICE(1),
    /** Rebel groups: armed groups fighting to overthrow or replace a government (inter 2). */
    REBEL_GROUP(2),
    /** Political militias (inter 3). */
    POLITICAL_MILITIA(3),
    /**
     * Political parties and their youth and student wings (inter 3, as ACLED codes party militias): their members
     * fighting each other or another party riot, as ACLED codes it, rather than fight a battle.
     */
    POLITICAL_PARTY(3),
    /** Identity militias: ethnic, communal, clan or religious armed groups (inter 4). */
    IDENTITY_MILITIA(4),
    /** External and other forces: international missions, foreign private military companies (inter 8). */
    EXTERNAL_FORCES(8),
    /** Civilians (inter 7). */
    CIVILIANS(7),
    /** Protesters (inter 6). */
    PROTESTERS(6),
    /** Rioters (inter 5). */
    RIOTERS(5),
    /** Unidentified armed groups: gunmen, bandits, unknown assailants (inter 3, as ACLED codes them). */
    UNIDENTIFIED(3),
    /**
     * Words that stand for the article's dominant armed group ("the jihadists", "militants"): mentions of this
     * kind are coreferent and the caller resolves them; the actor given is the fallback, the country's rebel groups.
     */
    GENERIC_ARMED(2);

    private final int interCode;

    ActorKind(int interCode) {
        this.interCode = interCode;
    }

    /** ACLED's inter code of actors of this kind. */
    public int interCode() {
        return interCode;
    }
}
