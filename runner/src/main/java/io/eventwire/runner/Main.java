package io.eventwire.runner;

import io.eventwire.runner.internal.ConfigSources;
import java.io.PrintWriter;
import java.util.Map;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code eventwire} command: one configuration loader for every subcommand. */
@Command(name = "eventwire", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {
            "Turns news wire copy about armed conflict into typed, geocoded, deduplicated conflict events on Kafka.",
            "",
            "Configuration: flags, then EVENTWIRE_<OPTION> environment variables (EVENTWIRE_JDBC_URL, ...), then the"
                    + " --config properties file, then defaults. Kafka client properties pass through with --kafka KEY=VALUE,"
                    + " EVENTWIRE_KAFKA_<KEY> (EVENTWIRE_KAFKA_SECURITY_PROTOCOL) or kafka.<key> in the file."},
        subcommands = {RunCommand.class, IngestCommand.class, EnrichCommand.class, SinkCommand.class, EvalCommand.class,
            ExportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code of a run that failed. */
    static final int FAILED = 1;
    /** Exit code of a bad command line or configuration. */
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    private final ConfigSources sources;

    Main(ConfigSources sources) {
        this.sources = sources;
    }

    /** Where option values come from besides the command line. */
    ConfigSources sources() {
        return sources;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code; the entry point of tests. */
    public static int execute(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        ConfigSources sources;
        try {
            sources = ConfigSources.forArguments(args, environment);
        } catch (RuntimeException e) {
            err.println("eventwire: " + e.getMessage());
            return USAGE;
        }
        CommandLine commandLine = new CommandLine(new Main(sources))
                .setDefaultValueProvider(sources)
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((exception, cmd, parsed) -> {
                    if (exception instanceof EventwireConfig.ConfigException) {
                        cmd.getErr().println("eventwire " + cmd.getCommandName() + ": " + exception.getMessage());
                        return USAGE;
                    }
                    LoggerFactory.getLogger(Main.class).error("eventwire {} failed", cmd.getCommandName(), exception);
                    cmd.getErr().println("eventwire " + cmd.getCommandName() + " failed: " + exception.getMessage());
                    return FAILED;
                });
        return commandLine.execute(args);
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"eventwire " + (version == null ? "(development build)" : version)};
        }
    }
}
