package io.eventwire.runner;

import io.eventwire.sink.SinkExport;
import java.io.PrintWriter;
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
        PrintWriter out = main.spec.commandLine().getOut();
        switch (what) {
            case events -> SinkExport.exportEvents(config.jdbcUrl(), out);
            case articles -> SinkExport.exportArticles(config.jdbcUrl(), out);
        }
        out.flush();
        return 0;
    }
}
