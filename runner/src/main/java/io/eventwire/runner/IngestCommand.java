package io.eventwire.runner;

import io.eventwire.ingest.IngestConfig;
import io.eventwire.ingest.IngestReport;
import io.eventwire.ingest.IngestService;
import io.eventwire.runner.internal.ServiceHost;
import io.eventwire.schemas.Service;
import io.eventwire.schemas.Topics;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eventwire ingest PATH [--watch]}: the ingest service on its own, against a real cluster. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Publishes the articles under PATH to articles.raw (rejects to articles.dlq); with --watch,"
                + " keeps ingesting new files until stopped.")
final class IngestCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    ConfigOptions options;

    @Parameters(paramLabel = "PATH", description = "A directory of articles (with an optional manifest.json), or one file.")
    Path input;

    @Option(names = "--watch", description = "Keep watching PATH for new or changed files.")
    boolean watch;

    @Override
    public Integer call() {
        EventwireConfig config = options.toConfig(main.sources());
        Map<String, Object> kafka = CommandSupport.kafka(config);
        Topics topics = CommandSupport.topicsReady(config, kafka);
        IngestConfig ingestConfig = IngestConfig.defaults()
                .withMaxArticleBytes(config.maxArticleBytes())
                .withShowProgress(config.showProgress() && !watch);
        IngestService service = new IngestService(kafka, topics, ingestConfig);
        if (watch) {
            ServiceHost.Health health = options.healthPort == null ? null
                    : new ServiceHost.Health(options.healthPort, () -> true, Map::of);
            return ServiceHost.runUntilStopped("ingest", new WatchingIngest(service, input), Optional::empty, health);
        }
        try (service) {
            service.start();
            IngestReport report = service.ingest(input);
            main.spec.commandLine().getOut().printf("ingested %d of %d files, %d rejected%n", report.published(),
                    report.filesSeen(), report.rejected());
            report.rejections().forEach(r -> main.spec.commandLine().getOut()
                    .printf("  - [%s] %s: %s%n", r.reasonCode(), r.path(), r.reason()));
        }
        return 0;
    }

    /** Ingest in watch mode as a service: watches on a thread of its own from start until close. */
    private static final class WatchingIngest implements Service {
        private final IngestService service;
        private final Path directory;
        private final Thread watcher;
        private volatile boolean keepGoing = true;

        WatchingIngest(IngestService service, Path directory) {
            this.service = service;
            this.directory = directory;
            this.watcher = new Thread(this::watch, "ingest-watch");
        }

        @Override
        public void start() {
            service.start();
            watcher.start();
        }

        private void watch() {
            IngestReport total = service.watch(directory, () -> keepGoing);
            LoggerFactory.getLogger(IngestCommand.class).info("Watch ended: {} files published, {} rejected",
                    total.published(), total.rejected());
        }

        @Override
        public void close() {
            keepGoing = false;
            service.close();
        }
    }
}
