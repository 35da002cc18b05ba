/**
 * Article cleaning: turns a raw article (plain text or HTML) into a {@link io.eventwire.schema.CleanArticle}
 * with web boilerplate removed, metadata (headline, dateline, byline, captions, publication date)
 * separated from the body and repeated paragraphs dropped. {@link io.eventwire.enrich.clean.ArticleCleaner}
 * is the entry point; {@link io.eventwire.enrich.clean.BoilerplateRules} holds the data-file rules;
 * everything else in the package is internal.
 */
@NullMarked
package io.eventwire.enrich.clean;

import org.jspecify.annotations.NullMarked;
