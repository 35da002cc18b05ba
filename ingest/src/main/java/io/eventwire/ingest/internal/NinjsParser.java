package io.eventwire.ingest.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventwire.ingest.IngestConfig;
import io.eventwire.schema.ContentType;
import io.eventwire.schema.RejectReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Unpacks an IPTC ninjs document: 3.x camelCase ({@code headlines[]}, {@code bodies[]},
 * {@code firstCreated}, {@code versionCreated}, {@code contentCreated}, {@code by},
 * {@code copyrightHolder}, {@code infoSources[]}) and 1.x/2.x lowercase ({@code headline},
 * {@code body_html}, {@code body_text}, {@code firstcreated}, {@code versioncreated},
 * {@code byline}, {@code copyrightholder}). The body preferred is HTML, then plain text; a body
 * without a content type counts as HTML when it starts with {@code <}, else as plain text. The
 * publication date is the first of firstCreated, versionCreated and contentCreated; the outlet the
 * copyright holder, else the first named info source. Invalid JSON, a document that is not an
 * object, a wrongly typed field or no text body is {@code MALFORMED}. Thread safe.
 */
public final class NinjsParser {

    /** Strict about trailing content; allows strings as long as the largest article. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength((int) IngestConfig.MAX_ARTICLE_BYTES_LIMIT)
                    .build())
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private NinjsParser() {
    }

    /** The article in {@code json}; throws the rejection when it is not usable ninjs. */
    public static ParsedArticle parse(String json) throws RejectedInputException {
        JsonNode item = object(json);
        Body body = body(item);
        FeedFields fields = new FeedFields(
                headline(item),
                byline(item),
                firstText(item, "firstCreated", "firstcreated", "versionCreated", "versioncreated",
                        "contentCreated", "contentcreated"),
                outlet(item),
                null,
                text(item, "language"),
                text(item, "uri"));
        return new ParsedArticle(body.value(), body.type(), fields);
    }

    private static JsonNode object(String json) throws RejectedInputException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw malformed("not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            String found = root == null ? "nothing" : root.getNodeType().toString().toLowerCase(Locale.ROOT);
            throw malformed("ninjs must be a JSON object, found " + found);
        }
        return root;
    }

    private static Body body(JsonNode item) throws RejectedInputException {
        List<Body> bodies = new ArrayList<>();
        for (JsonNode entry : objects(item, "bodies")) {
            String value = text(entry, "value");
            if (value != null) {
                bodies.add(new Body(value, contentTypeOf(text(entry, "contentType"), value)));
            }
        }
        String html = text(item, "body_html");
        if (html != null) {
            bodies.add(new Body(html, ContentType.TEXT_HTML));
        }
        String plain = text(item, "body_text");
        if (plain != null) {
            bodies.add(new Body(plain, ContentType.TEXT_PLAIN));
        }
        return preferred(bodies, ContentType.TEXT_HTML)
                .or(() -> preferred(bodies, ContentType.TEXT_PLAIN))
                .orElseThrow(() -> malformed("ninjs has no text body (bodies[] with text/html or text/plain,"
                        + " body_html or body_text)"));
    }

    private static Optional<Body> preferred(List<Body> bodies, ContentType type) {
        return bodies.stream().filter(body -> body.type() == type).findFirst();
    }

    private static ContentType contentTypeOf(@Nullable String mediaType, String value) {
        if (mediaType == null) {
            return value.stripLeading().startsWith("<") ? ContentType.TEXT_HTML : ContentType.TEXT_PLAIN;
        }
        String type = mediaType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
            return ContentType.TEXT_HTML;
        }
        return type.startsWith("text/plain") ? ContentType.TEXT_PLAIN : ContentType.UNKNOWN;
    }

    private static @Nullable String headline(JsonNode item) throws RejectedInputException {
        String first = null;
        for (JsonNode entry : objects(item, "headlines")) {
            String value = text(entry, "value");
            if (value != null && "main".equals(text(entry, "role"))) {
                return value;
            }
            first = first == null ? value : first;
        }
        return first != null ? first : text(item, "headline");
    }

    private static @Nullable String byline(JsonNode item) throws RejectedInputException {
        String single = firstText(item, "by", "byline");
        if (single != null) {
            return single;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode entry : objects(item, "bylines")) {
            String name = text(entry, "byline");
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static @Nullable String outlet(JsonNode item) throws RejectedInputException {
        String holder = firstText(item, "copyrightHolder", "copyrightholder");
        if (holder != null) {
            return holder;
        }
        for (String field : List.of("infoSources", "infosources")) {
            for (JsonNode source : objects(item, field)) {
                String name = text(source, "name");
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    private static @Nullable String firstText(JsonNode item, String... fields) throws RejectedInputException {
        for (String field : fields) {
            String value = text(item, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The non-blank string in {@code field}, null when absent, null or blank; rejects other types. */
    private static @Nullable String text(JsonNode node, String field) throws RejectedInputException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw malformed("ninjs field '" + field + "' must be a string, found "
                    + value.getNodeType().toString().toLowerCase(Locale.ROOT));
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    /** The objects of the array in {@code field}; empty when absent; rejects other shapes. */
    private static List<JsonNode> objects(JsonNode node, String field) throws RejectedInputException {
        JsonNode array = node.get(field);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw malformed("ninjs field '" + field + "' must be an array of objects");
        }
        List<JsonNode> objects = new ArrayList<>();
        for (JsonNode element : array) {
            if (!element.isObject()) {
                throw malformed("ninjs field '" + field + "' must be an array of objects");
            }
            objects.add(element);
        }
        return objects;
    }

    private static RejectedInputException malformed(String reason) {
        return new RejectedInputException(RejectReason.MALFORMED, reason);
    }

    private record Body(String value, ContentType type) {
    }
}
