package io.eventwire.enrich.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dateline that opens a wire story: "BEIRUT: ...", "KABUL, March 3 (Reuters) - ...",
 * "ADEN — ...", "KHARTOUM, Sudan (AP) — ...", "Beirut (AFP) - ...", "Pemba, Mozambique, 27 May 2025 (Lusa) -
 * ...". An upper-case place needs only the dash or colon; a place in title case needs an agency in brackets.
 * Stateless.
 */
final class Datelines {

    private static final int PARAGRAPHS_SEARCHED = 3;
    private static final String UPPER_PLACE =
            "\\p{Lu}[\\p{Lu}\\p{M}'’.-]{2,}(?: \\p{Lu}[\\p{Lu}\\p{M}'’.-]*){0,3}";
    private static final String TITLE_PLACE = "\\p{Lu}[\\p{Ll}\\p{M}'’.-]+(?: \\p{Lu}[\\p{Ll}\\p{M}'’.-]+){0,2}";
    private static final String REGION = "(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{1,40}?)?";
    private static final String DAY =
            "(?:,?\\s*(?:\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{Lu}\\p{Ll}{2,8})(?:,?\\s+\\d{4})?)?";
    private static final String AGENCY = "\\s*\\(\\p{Lu}[\\p{L}.&' ]{0,30}\\)";
    private static final String DASH = "\\s*(?::|—|–|-{1,2})\\s+\\S";
    private static final Pattern DATELINE = Pattern.compile("(?:(?<upper>" + UPPER_PLACE + ")" + REGION + DAY
            + "(?:" + AGENCY + ")?" + DASH + "|(?<title>" + TITLE_PLACE + ")" + REGION + DAY + AGENCY + DASH + ")");

    private Datelines() {
    }

    /** The dateline place of the first of the opening paragraphs that has one, or null. */
    static @Nullable String find(List<String> paragraphs) {
        for (String paragraph : paragraphs.subList(0, Math.min(PARAGRAPHS_SEARCHED, paragraphs.size()))) {
            Matcher matcher = DATELINE.matcher(paragraph);
            if (matcher.lookingAt()) {
                String place = matcher.group("upper") != null ? matcher.group("upper") : matcher.group("title");
                return withoutTrailingPunctuation(place);
            }
        }
        return null;
    }

    private static String withoutTrailingPunctuation(String place) {
        int end = place.length();
        while (end > 0 && ".'’-".indexOf(place.charAt(end - 1)) >= 0) {
            end--;
        }
        return place.substring(0, end);
    }
}
