package io.eventwire.enrich.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Reads an HTML page with jsoup: drops page furniture (scripts, navigation, headers, footers, asides,
 * forms), keeps the text of the {@code <article>} (the largest one), else {@code <main>}, else the body,
 * and turns every block element into a paragraph. {@code <figcaption>} text becomes a caption; the
 * {@code <h1>}, else the {@code <title>}, is offered as the headline. Stateless.
 */
final class HtmlParagraphs {

    private static final String PAGE_FURNITURE = "script, style, noscript, template, nav, header, footer, aside, "
            + "form, button, select, textarea, iframe, svg";
    /** Separator between a page title and the site name: "Headline | Site", "Headline - Site". */
    private static final Pattern TITLE_SITE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+");
    private static final int MAX_SITE_NAME_WORDS = 4;

    private HtmlParagraphs() {
    }

    static SourceText read(String html) {
        Document document = Jsoup.parse(html);
        String headline = headlineHint(document);
        document.select(PAGE_FURNITURE).remove();
        BlockCollector collector = new BlockCollector();
        NodeTraversor.filter(collector, contentRoot(document));
        collector.endParagraph();
        return new SourceText(collector.paragraphs, headline, collector.captions);
    }

    private static @Nullable String headlineHint(Document document) {
        Element h1 = document.selectFirst("h1");
        String heading = h1 == null ? "" : Lines.normalise(h1.text());
        return heading.isEmpty() ? titleWithoutSiteName(Lines.normalise(document.title())) : heading;
    }

    private static @Nullable String titleWithoutSiteName(String title) {
        if (title.isEmpty()) {
            return null;
        }
        Matcher separator = TITLE_SITE_SEPARATOR.matcher(title);
        int lastStart = -1;
        int lastEnd = -1;
        while (separator.find()) {
            lastStart = separator.start();
            lastEnd = separator.end();
        }
        boolean endsWithSiteName = lastStart > 0 && Lines.words(title.substring(lastEnd)) <= MAX_SITE_NAME_WORDS;
        return endsWithSiteName ? title.substring(0, lastStart) : title;
    }

    private static Element contentRoot(Document document) {
        return document.select("article").stream()
                .max(Comparator.comparingInt(article -> article.text().length()))
                .or(() -> document.select("main").stream().findFirst())
                .orElse(document.body());
    }

    /** Collects block text as paragraphs and figure captions apart. One instance per page. */
    private static final class BlockCollector implements NodeFilter {

        final List<String> paragraphs = new ArrayList<>();
        final List<String> captions = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (node instanceof Element element) {
                if (element.nameIs("figcaption")) {
                    addCaption(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (element.isBlock() || element.nameIs("br")) {
                    endParagraph();
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
                endParagraph();
            }
            return FilterResult.CONTINUE;
        }

        void endParagraph() {
            String paragraph = Lines.normalise(current);
            current.setLength(0);
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }

        private void addCaption(Element figcaption) {
            String caption = Lines.normalise(figcaption.text());
            if (!caption.isEmpty()) {
                captions.add(caption);
            }
        }
    }
}
