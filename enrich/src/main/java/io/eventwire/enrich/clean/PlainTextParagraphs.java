package io.eventwire.enrich.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into paragraphs. Blank lines separate paragraphs, and so does a single newline,
 * except inside hard-wrapped copy (lines filled to a fixed width, mostly continued in lower case),
 * whose lines are joined back. Stateless.
 */
final class PlainTextParagraphs {

    private static final int MAX_WRAP_WIDTH = 100;
    private static final int MIN_WRAPPED_LINE = 40;
    private static final int WRAP_SLACK = 25;

    private PlainTextParagraphs() {
    }

    static SourceText read(String content) {
        List<String> paragraphs = new ArrayList<>();
        List<String> block = new ArrayList<>();
        content.lines().map(Lines::normalise).forEach(line -> {
            if (line.isEmpty()) {
                flush(block, paragraphs);
            } else {
                block.add(line);
            }
        });
        flush(block, paragraphs);
        return new SourceText(paragraphs, null, List.of());
    }

    private static void flush(List<String> block, List<String> paragraphs) {
        if (block.isEmpty()) {
            return;
        }
        int joinFrom = wrappedLineLength(block);
        StringBuilder paragraph = new StringBuilder();
        for (String line : block) {
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(line);
            if (line.length() < joinFrom) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
        }
        block.clear();
    }

    /**
     * The length from which a line of the block continues on the next line; beyond any line's length
     * when the block is not hard-wrapped.
     */
    private static int wrappedLineLength(List<String> block) {
        int width = 0;
        for (String line : block) {
            width = Math.max(width, line.length());
        }
        int threshold = Math.max(MIN_WRAPPED_LINE, width - WRAP_SLACK);
        int notWrapped = Integer.MAX_VALUE;
        if (block.size() < 2 || width > MAX_WRAP_WIDTH) {
            return notWrapped;
        }
        int fullLines = 0;
        int continued = 0;
        for (int i = 0; i + 1 < block.size(); i++) {
            if (block.get(i).length() >= threshold) {
                fullLines++;
                continued += continuesLine(block.get(i), block.get(i + 1)) ? 1 : 0;
            }
        }
        return fullLines > 0 && continued * 2 >= fullLines ? threshold : notWrapped;
    }

    /** Whether the next line reads as the rest of a sentence rather than a new line of a list. */
    private static boolean continuesLine(String line, String next) {
        int first = next.codePointAt(0);
        return Character.isLetterOrDigit(first) && !Character.isUpperCase(first) && !next.startsWith(line);
    }
}
