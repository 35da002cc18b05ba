-- Eventwire sink, SQLite. Keep in step with postgresql/V1 and io.eventwire.sink.internal.Tables.
-- Timestamps are ISO-8601 UTC text with milliseconds ('2019-08-21T10:15:00.000Z'), which sorts chronologically.
-- JSON columns hold JSON text.

-- Cleaned articles, one row per article_id; replaced only by a newer cleaning.
CREATE TABLE articles (
    article_id          TEXT    NOT NULL PRIMARY KEY,
    source_uri          TEXT    NOT NULL,
    outlet              TEXT,
    url                 TEXT,
    language            TEXT,
    headline            TEXT,
    dateline            TEXT,
    byline              TEXT,
    published           TEXT,
    published_from      TEXT    NOT NULL,
    repeated_paragraphs INTEGER NOT NULL,
    boilerplate_removed INTEGER NOT NULL,
    near_duplicate_of   TEXT,
    captions            TEXT    NOT NULL,
    cleaned_at          TEXT    NOT NULL,
    stored_at           TEXT    NOT NULL
);

-- Body paragraphs of an article in order, each stored once.
CREATE TABLE article_paragraphs (
    article_id TEXT    NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    PRIMARY KEY (article_id, idx)
);

-- The newest version of every canonical event; live is false once merged into another or tombstoned.
CREATE TABLE events (
    event_id              TEXT    NOT NULL PRIMARY KEY,
    version               INTEGER NOT NULL,
    event_type            TEXT    NOT NULL,
    sub_event_type        TEXT    NOT NULL,
    event_date            TEXT,
    event_date_max        TEXT,
    date_precision        TEXT    NOT NULL,
    actor1_name           TEXT,
    actor1_inter          INTEGER,
    actor1_country        TEXT,
    actor2_name           TEXT,
    actor2_inter          INTEGER,
    actor2_country        TEXT,
    location_name         TEXT,
    location_geonames_id  INTEGER,
    location_latitude     REAL,
    location_longitude    REAL,
    location_country_code TEXT,
    location_admin1       TEXT,
    location_admin2       TEXT,
    location_precision    TEXT,
    fatalities_low        INTEGER,
    fatalities_best       INTEGER,
    fatalities_high       INTEGER,
    injured               INTEGER,
    source_count          INTEGER NOT NULL,
    outlet_count          INTEGER NOT NULL,
    notes                 TEXT,
    merged_into           TEXT,
    first_reported_at     TEXT,
    last_reported_at      TEXT,
    updated_at            TEXT    NOT NULL,
    live                  BOOLEAN NOT NULL,
    payload               TEXT    NOT NULL
);
CREATE INDEX events_live_by_date ON events (live, event_date, event_id);

-- The sources of the stored version of each event, with their evidence.
CREATE TABLE event_sources (
    event_id              TEXT    NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    idx                   INTEGER NOT NULL,
    article_id            TEXT    NOT NULL,
    source_uri            TEXT    NOT NULL,
    outlet                TEXT,
    published             TEXT,
    evidence_sentence     TEXT    NOT NULL,
    evidence_start_offset INTEGER NOT NULL,
    evidence_end_offset   INTEGER NOT NULL,
    evidence_reported_by  TEXT,
    evidence_confidence   REAL    NOT NULL,
    PRIMARY KEY (event_id, idx)
);
CREATE INDEX event_sources_by_article ON event_sources (article_id);

-- Every version of every event seen, with what it was merged into; recorded_at is when enrich produced it.
CREATE TABLE event_versions (
    event_id    TEXT    NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    merged_into TEXT,
    recorded_at TEXT    NOT NULL,
    PRIMARY KEY (event_id, version)
);
