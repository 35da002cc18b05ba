package io.eventwire.ingest.internal;

import io.eventwire.ingest.IngestConfig;
import io.eventwire.schema.ContentType;
import io.eventwire.schema.DeadLetter;
import io.eventwire.schema.RawArticle;
import io.eventwire.schema.RejectReason;
import io.eventwire.schema.SourceFormat;
import io.eventwire.schema.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads one file into a {@link RawArticle} or a {@link DeadLetter}; never throws for bad input.
 * The size is checked on the file system first, so an oversized file is never read beyond the
 * dead letter's payload. The article id is the lowercase hex of the first 16 bytes of the SHA-256
 * of the file's bytes. Metadata precedence: manifest, then the file's own (ninjs fields or HTML
 * meta tags); source URI: the manifest url, else the ninjs uri, else the file's {@code file:} URI.
 * Thread safe.
 */
public final class ArticleReader {

    /** Bytes of the SHA-256 that make the article id. */
    static final int ARTICLE_ID_BYTES = 16;

    private static final HexFormat HEX = HexFormat.of();

    private final IngestConfig config;
    private final Clock clock;

    public ArticleReader(IngestConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * Reads {@code file}.
     *
     * @param fileName the file's name relative to the ingested directory, {@code /} separators
     * @param manifest what the manifest says about the file ({@link FeedFields#NONE} when nothing)
     */
    public ReadOutcome read(Path file, String fileName, FeedFields manifest) {
        long size = 0;
        try {
            size = Files.size(file);
            if (size > config.maxArticleBytes()) {
                return oversized(file, manifest, size);
            }
            byte[] bytes = readAtMost(file, config.maxArticleBytes() + 1);
            if (bytes.length > config.maxArticleBytes()) {
                return oversized(file, manifest, bytes.length);
            }
            return decode(file, fileName, manifest, bytes);
        } catch (IOException e) {
            return unreadable(file, manifest, size, e);
        }
    }

    private ReadOutcome decode(Path file, String fileName, FeedFields manifest, byte[] bytes) {
        byte[] sha256 = sha256(bytes);
        String articleId = HEX.formatHex(sha256, 0, ARTICLE_ID_BYTES);
        try {
            SourceFormat format = formatOf(fileName);
            ParsedArticle parsed = parse(format, TextDecoder.decode(bytes));
            FeedFields fields = manifest.orElse(parsed.fields());
            return new ReadOutcome.Accepted(RawArticle.newBuilder()
                    .setArticleId(articleId)
                    .setSourceUri(sourceUri(parsed.fields(), file))
                    .setFileName(fileName)
                    .setFormat(format)
                    .setContentType(parsed.contentType())
                    .setContent(parsed.content())
                    .setHeadline(fields.headline())
                    .setByline(fields.byline())
                    .setPublished(fields.published())
                    .setOutlet(fields.outlet())
                    .setUrl(fields.url())
                    .setLanguage(fields.language())
                    .setSizeBytes(bytes.length)
                    .setIngestedAt(now())
                    .build());
        } catch (RejectedInputException e) {
            return rejected(e.code(), e.getMessage(), sourceUri(FeedFields.NONE, file), articleId,
                    bytes.length, HEX.formatHex(sha256), bytes, null);
        }
    }

    private static SourceFormat formatOf(String fileName) throws RejectedInputException {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        switch (extension) {
            case "txt":
                return SourceFormat.TEXT;
            case "html":
            case "htm":
                return SourceFormat.HTML;
            case "json":
                return SourceFormat.NINJS;
            default:
                String found = dot < 0 ? "(no extension)" : "." + extension;
                throw new RejectedInputException(RejectReason.MALFORMED,
                        "unsupported file type " + found + "; ingest reads .txt, .html, .htm and ninjs .json");
        }
    }

    private static ParsedArticle parse(SourceFormat format, String text) throws RejectedInputException {
        switch (format) {
            case HTML:
                return new ParsedArticle(text, ContentType.TEXT_HTML, HtmlMetadata.of(text));
            case NINJS:
                return NinjsParser.parse(text);
            default:
                return new ParsedArticle(text, ContentType.TEXT_PLAIN, FeedFields.NONE);
        }
    }

    private ReadOutcome oversized(Path file, FeedFields manifest, long size) throws IOException {
        byte[] preview = readAtMost(file, config.deadLetterPayloadBytes());
        String reason = "file is " + size + " bytes, over the " + config.maxArticleBytes()
                + "-byte limit (--max-article-bytes)";
        return rejected(RejectReason.OVERSIZED, reason, sourceUri(FeedFields.NONE, file), null, size,
                null, preview, null);
    }

    private ReadOutcome unreadable(Path file, FeedFields manifest, long size, IOException e) {
        String exception = e.getClass().getName() + ": " + e.getMessage();
        return rejected(RejectReason.UNREADABLE, "cannot read the file (" + exception + ")",
                sourceUri(FeedFields.NONE, file), null, size, null, null, exception);
    }

    private ReadOutcome rejected(RejectReason code, String reason, String sourceUri, @Nullable String articleId,
            long size, @Nullable String sha256, byte @Nullable [] bytes, @Nullable String exception) {
        byte @Nullable [] payload = bytes == null ? null : Arrays.copyOf(bytes, Math.min(bytes.length, config.deadLetterPayloadBytes()));
        return new ReadOutcome.Rejected(DeadLetter.newBuilder()
                .setReasonCode(code)
                .setReason(reason)
                .setStage(Stage.INGEST)
                .setSourceUri(sourceUri)
                .setArticleId(articleId)
                .setSizeBytes(size)
                .setContentSha256(sha256)
                .setPayload(payload == null ? null : ByteBuffer.wrap(payload))
                .setPayloadTruncated(payload != null && payload.length < size)
                .setException(exception)
                .setFailedAt(now())
                .build());
    }

    /**
     * Where the article came from: the item's own ninjs uri, else the file. A manifest url is the article's web
     * address ({@code url}), not its source: evaluation and provenance name the file that was read.
     */
    private static String sourceUri(FeedFields feed, Path file) {
        return feed.uri() != null ? feed.uri() : file.toAbsolutePath().normalize().toUri().toString();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static byte[] readAtMost(Path file, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
