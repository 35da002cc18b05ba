package io.eventwire.enrich.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The web boilerplate rules of the cleaner, read from a data file (format described at the top of
 * {@code boilerplate.txt} in this package's resources): {@code line} rules drop a whole line,
 * {@code related} rules open a related-links list, {@code credit} rules cut a photo credit out of a caption.
 *
 * <p>Immutable and thread safe; the rules of each kind are compiled once, into one pattern, when parsed.
 */
public final class BoilerplateRules {

    /** Classpath resource, next to this class, holding the standard rules. */
    public static final String STANDARD_RESOURCE = "boilerplate.txt";

    /** Longer lines are never tested: boilerplate is short, body paragraphs are not. */
    static final int MAX_TESTED_CHARS = 300;

    /** Trailing credits are looked for in this many characters at the end of a line. */
    static final int TRAILING_CREDIT_SPAN = 90;

    private static final String COMMENT_SEPARATOR = "  # ";
    private static final Pattern KIND_AND_REST = Pattern.compile("(\\S+)\\s+(.*)");
    private static final String NEVER = "(?!)";

    private enum Kind { LINE, RELATED, CREDIT }

    private final Pattern lineRules;
    private final Pattern relatedHeadings;
    private final Pattern leadingCredits;
    private final Pattern trailingCredits;
    private final int size;

    private BoilerplateRules(Map<Kind, List<String>> regexes) {
        List<String> credits = regexes.get(Kind.CREDIT);
        this.lineRules = anyOf(regexes.get(Kind.LINE));
        this.relatedHeadings = anyOf(regexes.get(Kind.RELATED));
        this.leadingCredits = anyOf(credits.stream().filter(regex -> regex.startsWith("^")).toList());
        this.trailingCredits = anyOf(credits.stream().filter(regex -> !regex.startsWith("^")).toList());
        this.size = regexes.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Loads the standard rules from the classpath.
     *
     * @throws IllegalStateException when the resource is missing or holds an invalid rule
     */
    public static BoilerplateRules standard() {
        try (InputStream in = BoilerplateRules.class.getResourceAsStream(STANDARD_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + STANDARD_RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), STANDARD_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + STANDARD_RESOURCE, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Parses rules in the data-file format.
     *
     * @param text   the file content
     * @param origin a name for the text, used in error messages
     * @throws IllegalArgumentException listing every invalid line (unknown kind, bad pattern, no comment)
     */
    public static BoilerplateRules parse(String text, String origin) {
        Map<Kind, List<String>> regexes = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            regexes.put(kind, new ArrayList<>());
        }
        List<String> problems = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String problem = addRule(line, regexes);
            if (problem != null) {
                problems.add(origin + ":" + (i + 1) + ": " + problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid boilerplate rules:\n" + String.join("\n", problems));
        }
        return new BoilerplateRules(regexes);
    }

    /** Number of rules of every kind. */
    public int size() {
        return size;
    }

    /** Whether the whole line is web boilerplate. */
    boolean isBoilerplate(String line) {
        return line.length() <= MAX_TESTED_CHARS && lineRules.matcher(line).matches();
    }

    /** Whether the whole line is a heading that opens a list of related links. */
    boolean isRelatedHeading(String line) {
        return line.length() <= MAX_TESTED_CHARS && relatedHeadings.matcher(line).matches();
    }

    /**
     * Cuts a photo credit from the start or the end of the line.
     *
     * @return what is left of the line (possibly empty), or null when the line holds no credit
     */
    @Nullable String withoutCredit(String line) {
        if (line.length() > MAX_TESTED_CHARS) {
            return null;
        }
        Matcher leading = leadingCredits.matcher(line);
        if (leading.lookingAt()) {
            return stripSeparators(line.substring(leading.end()));
        }
        Matcher trailing = trailingCredits.matcher(line)
                .region(Math.max(0, line.length() - TRAILING_CREDIT_SPAN), line.length())
                .useTransparentBounds(true);
        return trailing.find() ? stripSeparators(line.substring(0, trailing.start())) : null;
    }

    private static @Nullable String addRule(String line, Map<Kind, List<String>> regexes) {
        Matcher kindAndRest = KIND_AND_REST.matcher(line);
        int commentAt = line.lastIndexOf(COMMENT_SEPARATOR);
        if (!kindAndRest.matches() || commentAt < 0 || commentAt <= kindAndRest.start(2)) {
            return "expected 'KIND REGEX  # comment'";
        }
        Kind kind;
        try {
            kind = Kind.valueOf(kindAndRest.group(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return "unknown kind '" + kindAndRest.group(1) + "' (line, related or credit)";
        }
        String regex = line.substring(kindAndRest.start(2), commentAt).strip();
        if (kind == Kind.CREDIT && !regex.startsWith("^") && !regex.endsWith("$")) {
            return "a credit pattern must start with ^ or end with $";
        }
        try {
            Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            return "bad pattern: " + e.getDescription() + " near index " + e.getIndex();
        }
        regexes.get(kind).add(regex);
        return null;
    }

    /** One pattern matching what any of the regexes matches; each keeps its own inline flags. */
    private static Pattern anyOf(List<String> regexes) {
        String alternation = regexes.stream().map(regex -> "(?:" + regex + ")").collect(Collectors.joining("|"));
        return Pattern.compile(regexes.isEmpty() ? NEVER : alternation, Pattern.CASE_INSENSITIVE);
    }

    private static String stripSeparators(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSeparator(text.charAt(start))) {
            start++;
        }
        while (end > start && isSeparator(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == '|' || c == '-' || c == '–' || c == '—' || c == ':';
    }
}
