package io.eventwire.sink;

import io.eventwire.schema.CleanArticle;
import java.util.List;

/**
 * What one poll brought, in offset order per key: cleaned articles and event changes. Immutable.
 *
 * @param articles cleaned articles
 * @param events event versions and tombstones
 */
public record SinkBatch(List<CleanArticle> articles, List<EventChange> events) {

    public SinkBatch {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
    }

    /** True when there is nothing to store. */
    public boolean isEmpty() {
        return articles.isEmpty() && events.isEmpty();
    }

    @Override
    public String toString() {
        return "batch of " + articles.size() + " article(s) and " + events.size() + " event change(s)";
    }
}
