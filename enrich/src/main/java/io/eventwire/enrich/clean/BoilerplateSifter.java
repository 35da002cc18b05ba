package io.eventwire.enrich.clean;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One linear pass over an article's paragraphs that drops web boilerplate and sets photo captions
 * apart, by the {@link BoilerplateRules} and three structural rules:
 * <ul>
 *   <li>a caption followed by its exact repeat plus a credit keeps one caption and drops the repeat;</li>
 *   <li>a related-links heading drops the short link titles after it, up to the next sentence or long
 *       paragraph;</li>
 *   <li>a run of three or more headline-like lines closing the article, after its body, is a link list.</li>
 * </ul>
 * Immutable and thread safe.
 */
final class BoilerplateSifter {

    private static final int MIN_CAPTION_WORDS = 4;
    private static final int MAX_CAPTION_CHARS = BoilerplateRules.MAX_TESTED_CHARS;
    private static final int MAX_CREDIT_CHARS = 80;
    private static final int MIN_TRAILING_LINKS = 3;

    private final BoilerplateRules rules;

    BoilerplateSifter(BoilerplateRules rules) {
        this.rules = rules;
    }

    /**
     * The paragraphs kept as body or metadata, the captions set apart and the count of dropped lines.
     *
     * @param kept     paragraphs that are not boilerplate, in order
     * @param captions photo captions without their credits, in order
     * @param dropped  how many boilerplate lines were dropped
     */
    record Sifted(List<String> kept, List<String> captions, int dropped) {
    }

    Sifted sift(List<String> paragraphs) {
        Pass pass = new Pass();
        for (int i = 0; i < paragraphs.size(); i++) {
            String line = paragraphs.get(i);
            String next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : null;
            if (!pass.inRelatedList && isCaptionRepeatedWithCredit(line, next)) {
                pass.captionWithCreditedRepeat(line);
                i++;
            } else {
                pass.accept(line);
            }
        }
        return pass.finish();
    }

    /**
     * A caption the markup states, with its credit cut.
     *
     * @return the caption, or null when nothing but a credit or boilerplate is left
     */
    @Nullable String caption(String caption) {
        String uncredited = rules.withoutCredit(caption);
        String text = uncredited == null ? caption : uncredited;
        return text.isEmpty() || rules.isBoilerplate(text) ? null : text;
    }

    /** "Caption." followed by "Caption. PHOTOGRAPHER / AGENCY": the second line only adds a credit. */
    static boolean isCaptionRepeatedWithCredit(String line, @Nullable String next) {
        if (next == null || line.length() > MAX_CAPTION_CHARS || Lines.words(line) < MIN_CAPTION_WORDS
                || !next.startsWith(line)) {
            return false;
        }
        String credit = next.substring(line.length()).strip();
        return !credit.isEmpty() && credit.length() <= MAX_CREDIT_CHARS
                && !Character.isLowerCase(credit.codePointAt(0)) && !Lines.endsSentence(credit);
    }

    /** The state of one sifting pass; not shared between calls. */
    private final class Pass {

        private final List<String> kept = new ArrayList<>();
        private final List<String> captions = new ArrayList<>();
        private int dropped;
        private boolean inRelatedList;

        void accept(String line) {
            if (inRelatedList && isRelatedItem(line)) {
                dropped++;
                return;
            }
            inRelatedList = rules.isRelatedHeading(line);
            if (inRelatedList) {
                dropped++;
                return;
            }
            String uncredited = rules.withoutCredit(line);
            if (uncredited != null) {
                captionOrCredit(uncredited);
            } else if (rules.isBoilerplate(line)) {
                dropped++;
            } else {
                kept.add(line);
            }
        }

        void captionWithCreditedRepeat(String caption) {
            captions.add(caption);
            dropped++;
        }

        Sifted finish() {
            dropTrailingLinkList();
            return new Sifted(kept, captions, dropped);
        }

        private void captionOrCredit(String uncredited) {
            if (uncredited.isEmpty() || rules.isBoilerplate(uncredited)) {
                dropped++;
            } else {
                captions.add(uncredited);
            }
        }

        /** A link title of a related list: short, not a full sentence. */
        private boolean isRelatedItem(String line) {
            return line.length() < Lines.LONG_PARAGRAPH_CHARS && !Lines.endsSentence(line);
        }

        private void dropTrailingLinkList() {
            int start = kept.size();
            while (start > 0 && Lines.isHeadlineLike(kept.get(start - 1))) {
                start--;
            }
            int links = kept.size() - start;
            if (links >= MIN_TRAILING_LINKS && start > 0 && Lines.isBodyLike(kept.get(start - 1))) {
                kept.subList(start, kept.size()).clear();
                dropped += links;
            }
        }
    }
}
