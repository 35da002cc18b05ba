package io.eventwire.ingest.internal;

import io.eventwire.schema.DeadLetter;
import io.eventwire.schema.RawArticle;

/** What reading one file gave: an article to publish or a dead letter. */
public sealed interface ReadOutcome {

    /** The file became {@code article}. */
    record Accepted(RawArticle article) implements ReadOutcome {
    }

    /** The file was rejected; {@code deadLetter} says why. */
    record Rejected(DeadLetter deadLetter) implements ReadOutcome {

        /** The dead letter's Kafka key: the article id when one was assigned, else the source URI. */
        public String key() {
            String articleId = deadLetter.getArticleId();
            return articleId != null ? articleId : deadLetter.getSourceUri();
        }
    }
}
