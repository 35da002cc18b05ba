package io.eventwire.runner;

import io.eventwire.sink.SinkExport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eventwire export events|articles}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Prints the stored canonical events (newest version of each live event) or cleaned articles"
                + " as JSON lines on stdout."})
final class ExportCommand implements Callable<Integer> {

    /** What can be exported. */
    enum What { events, articles }

    @ParentCommand
    Main main;

    @Mixin
    ConfigOptions options;

    @Parameters(paramLabel = "WHAT", description = "events or articles")
    What what;

    @Override
    public Integer call() throws Exception {
        EventwireConfig config = options.toConfig(main.sources());
        requireExistingSqliteFile(config.jdbcUrl());
        PrintWriter out = main.spec.commandLine().getOut();
        switch (what) {
            case events -> SinkExport.exportEvents(config.jdbcUrl(), out);
            case articles -> SinkExport.exportArticles(config.jdbcUrl(), out);
        }
        out.flush();
        return 0;
    }

    /** Exporting from a SQLite file that is not there is a mistake (a typo in --db), not an empty export. */
    private static void requireExistingSqliteFile(String jdbcUrl) {
        String prefix = "jdbc:sqlite:";
        if (jdbcUrl.startsWith(prefix) && !Files.exists(Path.of(jdbcUrl.substring(prefix.length())))) {
            throw new EventwireConfig.ConfigException(List.of("no database at " + jdbcUrl.substring(prefix.length())
                    + "; run `eventwire run DIR --db PATH` first, or give the right --db or --jdbc-url"));
        }
    }
}
