package io.eventwire.enrich.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a sectioned word-list data file: {@code [section]} headers, then one entry a line; {@code #} starts a
 * comment (whole line or after the entry), blank lines are ignored, entries are trimmed and lower-cased.
 * Entries before the first header are an error, as are unknown files.
 */
public final class WordLists {

    private WordLists() {
    }

    /**
     * Loads a classpath resource next to {@code owner}.
     *
     * @return the sections in file order, each with its entries in file order
     * @throws IllegalStateException when the resource is missing or malformed
     */
    public static Map<String, List<String>> load(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource + " next to " + owner.getName());
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Parses the data-file format.
     *
     * @param origin a name for the text, used in error messages
     * @throws IllegalStateException on an entry outside any section
     */
    public static Map<String, List<String>> parse(String text, String origin) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        int lineNumber = 0;
        for (String raw : text.split("\n", -1)) {
            lineNumber++;
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1).trim(), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException(origin + ":" + lineNumber + ": entry before any [section]: " + line);
            } else {
                current.add(line.toLowerCase(Locale.ROOT));
            }
        }
        sections.replaceAll((name, entries) -> List.copyOf(entries));
        return Map.copyOf(sections);
    }

    /** The entries of a section, failing clearly when the file lacks it. */
    public static List<String> section(Map<String, List<String>> lists, String name) {
        List<String> entries = lists.get(name);
        if (entries == null) {
            throw new IllegalStateException("word list has no [" + name + "] section; has " + lists.keySet());
        }
        return entries;
    }
}
