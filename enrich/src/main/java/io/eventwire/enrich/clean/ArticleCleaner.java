package io.eventwire.enrich.clean;

import io.eventwire.enrich.clean.BoilerplateSifter.Sifted;
import io.eventwire.enrich.clean.HeaderReader.Header;
import io.eventwire.enrich.clean.RepeatedParagraphs.Deduplicated;
import io.eventwire.enrich.clean.UnprocessableArticleException.Reason;
import io.eventwire.schema.CleanArticle;
import io.eventwire.schema.ContentType;
import io.eventwire.schema.DateOrigin;
import io.eventwire.schema.RawArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link RawArticle} (plain text or HTML) into a {@link CleanArticle}: splits it into paragraphs,
 * drops web boilerplate by the {@link BoilerplateRules}, sets the headline, dateline, byline, captions,
 * outlet and publication date apart from the body, and drops repeated paragraphs, counting them.
 *
 * <p>Pure: no I/O after construction, the same input gives the same output. Immutable and thread safe:
 * build one and share it.
 */
public final class ArticleCleaner {

    /** Content of unknown type that opens with one of these tags is read as HTML. */
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
            "\\s*(?:<!doctype html|<html|<head|<body|<article|<main|<div|<p[\\s>])", Pattern.CASE_INSENSITIVE);

    private final BoilerplateSifter sifter;

    /**
     * @param rules the boilerplate rules to apply
     */
    public ArticleCleaner(BoilerplateRules rules) {
        this.sifter = new BoilerplateSifter(Objects.requireNonNull(rules, "rules"));
    }

    /** A cleaner with the {@linkplain BoilerplateRules#standard() standard rules}. */
    public static ArticleCleaner standard() {
        return new ArticleCleaner(BoilerplateRules.standard());
    }

    /**
     * Cleans one article.
     *
     * @param raw the article as ingested
     * @param now the cleaning time, recorded as {@code cleaned_at}
     * @return the cleaned article, with {@code near_duplicate_of} null (article dedup is a later step)
     * @throws UnprocessableArticleException when the content is empty or no body paragraph is left
     */
    public CleanArticle clean(RawArticle raw, Instant now) {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(now, "now");
        SourceText source = read(raw);
        if (source.paragraphs().isEmpty()) {
            throw new UnprocessableArticleException(Reason.EMPTY_CONTENT,
                    "article " + raw.getArticleId() + " has no text");
        }
        Sifted sifted = sifter.sift(source.paragraphs());
        Header header = HeaderReader.read(sifted.kept(), givenHeadline(raw, source));
        Deduplicated body = RepeatedParagraphs.drop(header.body());
        if (body.paragraphs().isEmpty()) {
            throw new UnprocessableArticleException(Reason.NO_BODY,
                    "article " + raw.getArticleId() + " has no body paragraph left after cleaning");
        }
        return assemble(raw, now, captions(source, sifted), header, body, sifted.dropped());
    }

    private static SourceText read(RawArticle raw) {
        ContentType type = raw.getContentType();
        boolean html = type == ContentType.TEXT_HTML
                || (type == ContentType.UNKNOWN && LOOKS_LIKE_HTML.matcher(raw.getContent()).lookingAt());
        return html ? HtmlParagraphs.read(raw.getContent()) : PlainTextParagraphs.read(raw.getContent());
    }

    private static @Nullable String givenHeadline(RawArticle raw, SourceText source) {
        String feed = nonBlank(raw.getHeadline());
        return feed != null ? feed : source.headlineHint();
    }

    private List<String> captions(SourceText source, Sifted sifted) {
        LinkedHashSet<String> captions = new LinkedHashSet<>();
        for (String stated : source.captions()) {
            String caption = sifter.caption(stated);
            if (caption != null) {
                captions.add(caption);
            }
        }
        captions.addAll(sifted.captions());
        return new ArrayList<>(captions);
    }

    private static CleanArticle assemble(RawArticle raw, Instant now, List<String> captions, Header header,
            Deduplicated body, int boilerplateRemoved) {
        CleanArticle.Builder article = CleanArticle.newBuilder()
                .setArticleId(raw.getArticleId())
                .setSourceUri(raw.getSourceUri())
                .setOutlet(firstNonBlank(raw.getOutlet(), header.outlet()))
                .setUrl(nonBlank(raw.getUrl()))
                .setLanguage(nonBlank(raw.getLanguage()))
                .setHeadline(header.headline())
                .setDateline(Datelines.find(body.paragraphs()))
                .setByline(firstNonBlank(raw.getByline(), header.byline()))
                .setCaptions(captions)
                .setParagraphs(body.paragraphs())
                .setRepeatedParagraphs(body.repeats())
                .setBoilerplateRemoved(boilerplateRemoved)
                .setNearDuplicateOf(null)
                .setCleanedAt(now);
        return withPublicationDate(article, raw, header).build();
    }

    private static CleanArticle.Builder withPublicationDate(CleanArticle.Builder article, RawArticle raw,
            Header header) {
        String feed = nonBlank(raw.getPublished());
        if (feed != null) {
            return article.setPublished(feed).setPublishedFrom(DateOrigin.FEED);
        }
        if (header.published() != null) {
            return article.setPublished(header.published().toString()).setPublishedFrom(DateOrigin.TEXT);
        }
        return article.setPublished(null).setPublishedFrom(DateOrigin.NONE);
    }

    private static @Nullable String firstNonBlank(@Nullable String preferred, @Nullable String fallback) {
        String value = nonBlank(preferred);
        return value != null ? value : nonBlank(fallback);
    }

    private static @Nullable String nonBlank(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String normalised = Lines.normalise(value);
        return normalised.isEmpty() ? null : normalised;
    }
}
