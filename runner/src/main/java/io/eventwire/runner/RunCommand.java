package io.eventwire.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eventwire run DIR}. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Ingests every article under DIR (honouring DIR/manifest.json), enriches and stores it, waits"
                + " until the pipeline has drained, prints a summary and exits 0.",
            "Starts an embedded single-node Kafka broker unless --bootstrap-servers is given; stores into SQLite"
                    + " (--db, default eventwire.db) unless --jdbc-url is given."})
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    ConfigOptions options;

    @Parameters(paramLabel = "DIR", description = "A directory of .txt, .html and ninjs .json articles, or one file.")
    Path input;

    @Override
    public Integer call() {
        if (!Files.exists(input)) {
            throw new EventwireConfig.ConfigException(List.of("input " + input + " does not exist"));
        }
        RunSummary summary = Pipeline.run(options.toConfig(main.sources()), input);
        summary.print(main.spec.commandLine().getOut());
        return 0;
    }
}
