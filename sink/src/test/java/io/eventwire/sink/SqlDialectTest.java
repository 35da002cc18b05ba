package io.eventwire.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventwire.sink.internal.PostgresDialect;
import io.eventwire.sink.internal.SqliteDialect;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlDialectTest {

    @Test
    void choosesSqliteForSqliteUrls() {
        assertThat(SqlDialect.forUrl("jdbc:sqlite:/var/lib/eventwire/eventwire.db")).isInstanceOf(SqliteDialect.class);
    }

    @Test
    void choosesPostgresForPostgresqlUrls() {
        assertThat(SqlDialect.forUrl("jdbc:postgresql://db:5432/eventwire?user=sink")).isInstanceOf(PostgresDialect.class);
    }

    @Test
    void rejectsOtherUrlsNamingTheSupportedOnesWithoutThePassword() {
        assertThatThrownBy(() -> SqlDialect.forUrl("jdbc:mysql://db/eventwire?user=sink&password=hunter2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql://db/eventwire?user=sink&password=***")
                .hasMessageContaining("jdbc:sqlite:PATH")
                .hasMessageContaining("jdbc:postgresql://HOST/DB")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void createsTheMissingDirectoryOfASqliteFile(@TempDir Path dir) {
        Path file = dir.resolve("data/nested/eventwire.db");

        SqlDialect.forUrl("jdbc:sqlite:" + file).dataSource("jdbc:sqlite:" + file);

        assertThat(file.getParent()).isDirectory();
    }

    @Test
    void bindsJsonAsTextOnSqliteAndCastsItOnPostgres() {
        assertThat(new SqliteDialect().jsonPlaceholder()).isEqualTo("?");
        assertThat(new PostgresDialect().jsonPlaceholder()).isEqualTo("CAST(? AS json)");
    }
}
