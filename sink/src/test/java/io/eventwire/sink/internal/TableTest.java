package io.eventwire.sink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    private static final Table NOTES = new Table("notes", List.of("id"), List.of(
            new Column("id", SqlType.TEXT), new Column("version", SqlType.INTEGER), new Column("body", SqlType.JSON)));

    @Test
    void upsertsEveryNonKeyColumnOnlyWhereTheConditionHolds() {
        assertThat(NOTES.upsertWhere(new PostgresDialect(), "notes.version < excluded.version")).isEqualTo(
                "INSERT INTO notes (id, version, body) VALUES (?, ?, CAST(? AS json))"
                        + " ON CONFLICT (id) DO UPDATE SET version = excluded.version, body = excluded.body"
                        + " WHERE notes.version < excluded.version");
    }

    @Test
    void insertsNothingWhenTheKeyExists() {
        assertThat(NOTES.insertIfAbsent(new SqliteDialect())).isEqualTo(
                "INSERT INTO notes (id, version, body) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING");
    }
}
