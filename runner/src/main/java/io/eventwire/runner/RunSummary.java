package io.eventwire.runner;

import io.eventwire.enrich.EnrichCounters;
import io.eventwire.ingest.IngestReport;
import io.eventwire.schema.DeadLetter;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/**
 * What one {@code eventwire run} did, as printed at its end.
 *
 * @param ingest what ingest read, published and rejected
 * @param enrich what enrich counted
 * @param deadLetters every dead letter the run produced, from any stage
 * @param storedArticles articles in the database after the run
 * @param storedEvents live canonical events in the database after the run
 * @param database where the results are (JDBC URL, password masked)
 * @param elapsed wall time of the run
 */
public record RunSummary(IngestReport ingest, EnrichCounters.Snapshot enrich, List<DeadLetter> deadLetters,
        long storedArticles, long storedEvents, String database, Duration elapsed) {

    /** Prints the summary for a person. */
    public void print(PrintWriter out) {
        out.printf("Eventwire run finished in %.1f s%n", elapsed.toMillis() / 1000.0);
        out.printf("  files seen                  %d%n", ingest.filesSeen());
        out.printf("  articles in                 %d%n", ingest.published());
        out.printf("  rejected                    %d%n", deadLetters.size());
        for (DeadLetter letter : deadLetters) {
            out.printf("    - [%s %s] %s: %s%n", letter.getStage(), letter.getReasonCode(),
                    letter.getSourceUri() != null ? letter.getSourceUri() : String.valueOf(letter.getArticleId()),
                    letter.getReason());
        }
        out.printf("  repeated paragraphs removed %d%n", enrich.repeatedParagraphsRemoved());
        out.printf("  duplicates suppressed       %d%n", enrich.duplicatesSuppressed());
        out.printf("  near-duplicates marked      %d%n", enrich.nearDuplicatesMarked());
        out.printf("  event mentions extracted    %d%n", enrich.mentionsExtracted());
        out.printf("  events merged               %d%n", enrich.eventsMerged());
        out.printf("  articles stored             %d%n", storedArticles);
        out.printf("  events                      %d%n", storedEvents);
        out.printf("  database                    %s%n", database);
        out.flush();
    }
}
