package io.eventwire.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventwire.ingest.IngestConfig;
import io.eventwire.schema.ContentType;
import io.eventwire.schema.DeadLetter;
import io.eventwire.schema.RawArticle;
import io.eventwire.schema.RejectReason;
import io.eventwire.schema.SourceFormat;
import io.eventwire.schema.Stage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final String TEXT = "Fighting resumed overnight.\n";
    private static final String TEXT_ID = "36b5dabe4cb862b712211be80d360793";

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(IngestConfig.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void readsATextFileWhole() throws IOException {
        Path file = write("wire/a.txt", TEXT);

        RawArticle article = accepted(reader.read(file, "wire/a.txt", FeedFields.NONE));

        assertThat(article).isEqualTo(RawArticle.newBuilder()
                .setArticleId(TEXT_ID)
                .setSourceUri(file.toUri().toString())
                .setFileName("wire/a.txt")
                .setFormat(SourceFormat.TEXT)
                .setContentType(ContentType.TEXT_PLAIN)
                .setContent(TEXT)
                .setSizeBytes(28)
                .setIngestedAt(NOW)
                .build());
    }

    @Test
    void dropsAUtf8ByteOrderMarkFromTheContentButNotFromTheId() throws IOException {
        RawArticle article = accepted(read("bom.txt", "\uFEFF" + TEXT));

        assertThat(article.getContent()).isEqualTo(TEXT);
        assertThat(article.getArticleId()).isEqualTo("336e24145904974ffbb9b405efc0dc53");
    }

    @Test
    void givesTheSameContentTheSameIdWhateverTheFileName() throws IOException {
        assertThat(accepted(read("one.txt", "hello")).getArticleId()).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e");
        assertThat(accepted(read("two.txt", "hello")).getArticleId()).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e");
        assertThat(accepted(read("three.txt", "hello!")).getArticleId()).isNotEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e");
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        DeadLetter letter = rejected(read("empty.txt", ""));

        assertThat(letter.getReasonCode()).isEqualTo(RejectReason.EMPTY);
        assertThat(letter.getReason()).isEqualTo("file is empty (0 bytes)");
    }

    @Test
    void rejectsAFileOfOnlyWhitespace() throws IOException {
        DeadLetter letter = rejected(read("blank.txt", " \n\t \r\n"));

        assertThat(letter.getReasonCode()).isEqualTo(RejectReason.EMPTY);
        assertThat(letter.getReason()).isEqualTo("file holds only whitespace (6 bytes)");
    }

    @Test
    void rejectsAFileWithANulByteAsBinary() throws IOException {
        DeadLetter letter = rejected(read("image.txt", new byte[] {'G', 'I', 'F', 0, 1, 2}));

        assertThat(letter.getReasonCode()).isEqualTo(RejectReason.BINARY);
        assertThat(letter.getReason()).isEqualTo("file looks binary: NUL byte at offset 3");
    }

    @Test
    void rejectsAFileFullOfControlBytesAsBinary() throws IOException {
        byte[] bytes = "ab\u0001\u0002\u0003cdefgh".getBytes(StandardCharsets.US_ASCII);

        DeadLetter letter = rejected(read("noise.txt", bytes));

        assertThat(letter.getReasonCode()).isEqualTo(RejectReason.BINARY);
        assertThat(letter.getReason()).isEqualTo("file looks binary: 3 of its first 11 bytes are control characters");
    }

    @Test
    void rejectsLatin1TextAsNotUtf8() throws IOException {
        DeadLetter letter = rejected(read("latin1.txt", "Caf\u00e9 bombed".getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(letter.getReasonCode()).isEqualTo(RejectReason.NOT_UTF8);
        assertThat(letter.getReason()).isEqualTo("file is not valid UTF-8: invalid byte sequence at offset 3");
    }

    @Test
    void rejectsAnOversizedFileWithoutReadingItWhole() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(50L * 1024 * 1024);
        }

        DeadLetter letter = rejected(reader.read(file, "huge.txt", FeedFields.NONE));

        assertThat(letter.getReasonCode()).isEqualTo(RejectReason.OVERSIZED);
        assertThat(letter.getReason()).isEqualTo("file is 52428800 bytes, over the 10485760-byte limit (--max-article-bytes)");
        assertThat(letter.getSizeBytes()).isEqualTo(52_428_800L);
        assertThat(letter.getPayload().remaining()).isEqualTo(IngestConfig.DEFAULT_DEAD_LETTER_PAYLOAD_BYTES);
        assertThat(letter.getPayloadTruncated()).isTrue();
        assertThat(letter.getArticleId()).isNull();
        assertThat(letter.getContentSha256()).isNull();
    }

    @Test
    void rejectsAFileItCannotRead() {
        Path missing = dir.resolve("gone.txt");

        DeadLetter letter = rejected(reader.read(missing, "gone.txt", FeedFields.NONE));

        assertThat(letter.getReasonCode()).isEqualTo(RejectReason.UNREADABLE);
        assertThat(letter.getReason())
                .isEqualTo("cannot read the file (java.nio.file.NoSuchFileException: " + missing + ")");
        assertThat(letter.getException()).isEqualTo("java.nio.file.NoSuchFileException: " + missing);
        assertThat(letter.getPayload()).isNull();
    }

    @Test
    void rejectsAnUnsupportedFileType() throws IOException {
        DeadLetter letter = rejected(read("report.pdf", "%PDF-1.7"));

        assertThat(letter.getReasonCode()).isEqualTo(RejectReason.MALFORMED);
        assertThat(letter.getReason())
                .isEqualTo("unsupported file type .pdf; ingest reads .txt, .html, .htm and ninjs .json");
    }

    @Test
    void keepsTheWholeRejectedInputInTheDeadLetterWhenItIsSmall() throws IOException {
        Path file = write("notes.md", "hello");

        DeadLetter letter = rejected(reader.read(file, "notes.md", FeedFields.NONE));

        assertThat(letter).isEqualTo(DeadLetter.newBuilder()
                .setReasonCode(RejectReason.MALFORMED)
                .setReason("unsupported file type .md; ingest reads .txt, .html, .htm and ninjs .json")
                .setStage(Stage.INGEST)
                .setSourceUri(file.toUri().toString())
                .setArticleId("2cf24dba5fb0a30e26e83b2ac5b9e29e")
                .setSizeBytes(5)
                .setContentSha256("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824")
                .setPayload(ByteBuffer.wrap("hello".getBytes(StandardCharsets.UTF_8)))
                .setPayloadTruncated(false)
                .setFailedAt(NOW)
                .build());
    }

    @Test
    void readsNinjs3() throws IOException {
        String json = """
                {
                  "uri": "urn:newsml:example.org:20240501:item1",
                  "type": "text",
                  "language": "en",
                  "versionCreated": "2024-05-01T09:30:00Z",
                  "firstCreated": "2024-05-01T08:00:00Z",
                  "headlines": [
                    {"role": "sub", "value": "Second line"},
                    {"role": "main", "value": "Shelling hits a market"}
                  ],
                  "bodies": [
                    {"contentType": "text/plain", "value": "Plain body."},
                    {"contentType": "text/html", "value": "<p>Html body.</p>"}
                  ],
                  "by": "Jane Doe",
                  "copyrightHolder": "Example Wire"
                }
                """;

        RawArticle article = accepted(read("item1.json", json));

        assertThat(article.getFormat()).isEqualTo(SourceFormat.NINJS);
        assertThat(article.getContentType()).isEqualTo(ContentType.TEXT_HTML);
        assertThat(article.getContent()).isEqualTo("<p>Html body.</p>");
        assertThat(article.getHeadline()).isEqualTo("Shelling hits a market");
        assertThat(article.getByline()).isEqualTo("Jane Doe");
        assertThat(article.getPublished()).isEqualTo("2024-05-01T08:00:00Z");
        assertThat(article.getOutlet()).isEqualTo("Example Wire");
        assertThat(article.getLanguage()).isEqualTo("en");
        assertThat(article.getSourceUri()).isEqualTo(dir.resolve("item1.json").toUri().toString());
        assertThat(article.getUrl()).as("a URN is no web address").isNull();
    }

    @Test
    void readsNinjs2() throws IOException {
        String json = """
                {"uri": "http://example.org/item/2", "headline": "Talks resume", "body_text": "Talks resumed on Monday.",
                 "versioncreated": "2024-04-30T10:00:00+02:00", "byline": "John Roe", "language": "fr",
                 "infosources": [{"name": "Example Agency"}]}
                """;

        RawArticle article = accepted(read("item2.json", json));

        assertThat(article.getContentType()).isEqualTo(ContentType.TEXT_PLAIN);
        assertThat(article.getContent()).isEqualTo("Talks resumed on Monday.");
        assertThat(article.getHeadline()).isEqualTo("Talks resume");
        assertThat(article.getByline()).isEqualTo("John Roe");
        assertThat(article.getPublished()).isEqualTo("2024-04-30T10:00:00+02:00");
        assertThat(article.getOutlet()).isEqualTo("Example Agency");
        assertThat(article.getLanguage()).isEqualTo("fr");
        assertThat(article.getSourceUri()).isEqualTo(dir.resolve("item2.json").toUri().toString());
        assertThat(article.getUrl()).isEqualTo("http://example.org/item/2");
    }

    @Test
    void takesABodyWithoutContentTypeAsPlainTextUnlessItIsMarkup() throws IOException {
        assertThat(accepted(read("plain.json", "{\"bodies\": [{\"value\": \"Plain.\"}]}")).getContentType())
                .isEqualTo(ContentType.TEXT_PLAIN);
        assertThat(accepted(read("markup.json", "{\"bodies\": [{\"value\": \" <p>Markup.</p>\"}]}")).getContentType())
                .isEqualTo(ContentType.TEXT_HTML);
    }

    @Test
    void rejectsNinjsThatIsNotJson() throws IOException {
        DeadLetter letter = rejected(read("broken.json", "{\"headline\": \"cut off"));

        assertThat(letter.getReasonCode()).isEqualTo(RejectReason.MALFORMED);
        assertThat(letter.getReason()).startsWith("not valid JSON at line 1, column ");
    }

    @Test
    void rejectsNinjsThatIsNotAnObject() throws IOException {
        DeadLetter letter = rejected(read("list.json", "[1, 2]"));

        assertThat(letter.getReasonCode()).isEqualTo(RejectReason.MALFORMED);
        assertThat(letter.getReason()).isEqualTo("ninjs must be a JSON object, found array");
    }

    @Test
    void rejectsNinjsWithoutATextBody() throws IOException {
        String json = "{\"headline\": \"Only a headline\", \"bodies\": [{\"contentType\": \"application/xml\", \"value\": \"<x/>\"}]}";

        DeadLetter letter = rejected(read("nobody.json", json));

        assertThat(letter.getReasonCode()).isEqualTo(RejectReason.MALFORMED);
        assertThat(letter.getReason())
                .isEqualTo("ninjs has no text body (bodies[] with text/html or text/plain, body_html or body_text)");
    }

    @Test
    void rejectsNinjsWithAWronglyTypedField() throws IOException {
        DeadLetter letter = rejected(read("typed.json", "{\"headline\": 42, \"body_text\": \"Body.\"}"));

        assertThat(letter.getReasonCode()).isEqualTo(RejectReason.MALFORMED);
        assertThat(letter.getReason()).isEqualTo("ninjs field 'headline' must be a string, found number");
    }

    @Test
    void letsTheManifestOverrideTheNinjsMetadata() throws IOException {
        String json = """
                {"uri": "urn:example:item3", "headline": "Feed headline", "body_text": "Body.",
                 "firstcreated": "2024-05-01", "copyrightholder": "Feed Outlet", "language": "en"}
                """;
        Path file = write("item3.json", json);
        FeedFields manifest = new FeedFields(null, null, "2024-05-02", "Manifest Outlet", "https://example.org/3", "de", null);

        RawArticle article = accepted(reader.read(file, "item3.json", manifest));

        assertThat(article.getPublished()).isEqualTo("2024-05-02");
        assertThat(article.getOutlet()).isEqualTo("Manifest Outlet");
        assertThat(article.getUrl()).isEqualTo("https://example.org/3");
        assertThat(article.getLanguage()).isEqualTo("de");
        assertThat(article.getSourceUri()).as("the file, so events trace back to their input")
                .isEqualTo(file.toUri().toString());
        assertThat(article.getHeadline()).isEqualTo("Feed headline");
    }

    @Test
    void keepsTheFileAsTheSourceOfATextWhoseManifestGivesAUrl() throws IOException {
        Path file = write("a01.txt", "Clashes in Sirwah\n\nFighting raged on Sunday.");
        FeedFields manifest = new FeedFields(null, null, "2021-02-15", "AFP", "https://example.org/a01", "en", null);

        RawArticle article = accepted(reader.read(file, "a01.txt", manifest));

        assertThat(article.getUrl()).isEqualTo("https://example.org/a01");
        assertThat(article.getSourceUri()).isEqualTo(file.toUri().toString());
    }

    @Test
    void readsHtmlMetadataAndKeepsTheWholePage() throws IOException {
        String html = """
                <!DOCTYPE html><html lang="en"><head><title>Page title</title>
                <meta property="og:title" content="Og headline">
                <meta property="og:site_name" content="Example Daily">
                <meta property="article:published_time" content="2024-05-01T07:00:00Z">
                <meta name="author" content="A. Writer">
                <link rel="canonical" href="https://example.org/news/1">
                </head><body><p>Body.</p></body></html>
                """;
        Path file = write("page.html", html);

        RawArticle article = accepted(reader.read(file, "page.html", FeedFields.NONE));

        assertThat(article.getFormat()).isEqualTo(SourceFormat.HTML);
        assertThat(article.getContentType()).isEqualTo(ContentType.TEXT_HTML);
        assertThat(article.getContent()).isEqualTo(html);
        assertThat(article.getHeadline()).isEqualTo("Og headline");
        assertThat(article.getOutlet()).isEqualTo("Example Daily");
        assertThat(article.getPublished()).isEqualTo("2024-05-01T07:00:00Z");
        assertThat(article.getByline()).isEqualTo("A. Writer");
        assertThat(article.getUrl()).isEqualTo("https://example.org/news/1");
        assertThat(article.getLanguage()).isEqualTo("en");
        assertThat(article.getSourceUri()).isEqualTo(file.toUri().toString());
    }

    @Test
    void fallsBackToTheTitleAndTimeElementOfAnHtmlPage() throws IOException {
        String html = "<html><head><title> Page title </title></head>"
                + "<body><time datetime=\"2024-01-02\">2 January</time></body></html>";

        RawArticle article = accepted(read("plain.htm", html));

        assertThat(article.getHeadline()).isEqualTo("Page title");
        assertThat(article.getPublished()).isEqualTo("2024-01-02");
        assertThat(article.getOutlet()).isNull();
    }

    @Test
    void letsTheManifestOverrideHtmlMetadata() throws IOException {
        String html = "<html><head><meta property=\"og:site_name\" content=\"Page Outlet\"></head><body>x</body></html>";
        Path file = write("page.html", html);
        FeedFields manifest = new FeedFields(null, null, null, "Manifest Outlet", null, null, null);

        assertThat(accepted(reader.read(file, "page.html", manifest)).getOutlet()).isEqualTo("Manifest Outlet");
    }

    private ReadOutcome read(String name, String content) throws IOException {
        return read(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private ReadOutcome read(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return reader.read(file, name, FeedFields.NONE);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static RawArticle accepted(ReadOutcome outcome) {
        assertThat(outcome).isInstanceOf(ReadOutcome.Accepted.class);
        return ((ReadOutcome.Accepted) outcome).article();
    }

    private static DeadLetter rejected(ReadOutcome outcome) {
        assertThat(outcome).isInstanceOf(ReadOutcome.Rejected.class);
        return ((ReadOutcome.Rejected) outcome).deadLetter();
    }
}
