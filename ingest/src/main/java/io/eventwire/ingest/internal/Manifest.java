package io.eventwire.ingest.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventwire.ingest.IngestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A directory's {@code manifest.json}: {@code [{"file", "published", "outlet", "url", "language"}]},
 * {@code file} relative to the directory with {@code /} separators. Its fields take precedence over
 * what the files themselves say. A malformed manifest fails the whole run with every problem named
 * ({@link IngestException}); a missing one is an empty manifest. Immutable and thread safe.
 */
public final class Manifest {

    /** The manifest's file name inside an ingested directory. */
    public static final String FILE_NAME = "manifest.json";

    /** A manifest that lists nothing. */
    public static final Manifest EMPTY = new Manifest(Map.of());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TEXT_FIELDS = List.of("published", "outlet", "url", "language");
    /** ISO-8601 year, year-month, date or date-time with optional seconds, fraction and offset. */
    private static final Pattern ISO_DATE = Pattern.compile(
            "\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01])"
                    + "(T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?(Z|[+-]([01]\\d|2[0-3]):?[0-5]\\d)?)?)?)?");

    private final Map<String, FeedFields> entries;

    private Manifest(Map<String, FeedFields> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** The manifest of {@code directory}, or {@link #EMPTY} when it has none. */
    public static Manifest load(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return EMPTY;
        }
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new IngestException("cannot read manifest " + file + ": " + e, e);
        }
    }

    /** Parses manifest {@code json}; {@code where} names it in error messages. */
    public static Manifest parse(String json, String where) {
        JsonNode root = readJson(json, where);
        if (!root.isArray()) {
            throw new IngestException("malformed manifest " + where + ": expected a JSON array of entries");
        }
        Map<String, FeedFields> entries = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            addEntry(root.get(i), "entry " + (i + 1), entries, problems);
        }
        if (!problems.isEmpty()) {
            throw new IngestException("malformed manifest " + where + ": " + String.join("; ", problems));
        }
        return new Manifest(entries);
    }

    /** The manifest's fields for {@code fileName} (relative, {@code /} separators); {@link FeedFields#NONE} if unlisted. */
    public FeedFields fieldsFor(String fileName) {
        return entries.getOrDefault(fileName, FeedFields.NONE);
    }

    /** The listed files that are not among {@code fileNames}, in manifest order. */
    public List<String> filesMissingFrom(Collection<String> fileNames) {
        return entries.keySet().stream().filter(name -> !fileNames.contains(name)).sorted().toList();
    }

    private static JsonNode readJson(String json, String where) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null) {
                throw new IngestException("malformed manifest " + where + ": the file is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String position = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new IngestException("malformed manifest " + where + ": not valid JSON" + position + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    private static void addEntry(JsonNode entry, String name, Map<String, FeedFields> entries, List<String> problems) {
        if (!entry.isObject()) {
            problems.add(name + " is not an object");
            return;
        }
        JsonNode file = entry.get("file");
        if (file == null || !file.isTextual() || file.asText().isBlank()) {
            problems.add(name + " has no \"file\" name");
            return;
        }
        String fileName = file.asText();
        String label = name + " (" + fileName + ")";
        int before = problems.size();
        for (String field : TEXT_FIELDS) {
            JsonNode value = entry.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                problems.add(label + ": \"" + field + "\" must be a string or null");
            }
        }
        String published = textOrNull(entry, "published");
        if (published != null && !isIsoDate(published)) {
            problems.add(label + ": \"published\" '" + published + "' is not an ISO-8601 date or date-time");
        }
        if (entries.containsKey(fileName)) {
            problems.add(label + " lists the file a second time");
        }
        if (problems.size() == before) {
            entries.put(fileName, new FeedFields(null, null, published, textOrNull(entry, "outlet"),
                    textOrNull(entry, "url"), textOrNull(entry, "language"), null));
        }
    }

    private static @Nullable String textOrNull(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static boolean isIsoDate(String value) {
        return ISO_DATE.matcher(value.strip()).matches();
    }
}
