package io.eventwire.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BoilerplateRulesTest {

    private static final String RULES = """
            # a comment line

            line     leave a reply  # comment form heading
            related  related news\\s*:?  # related-list heading
            credit   \\s*\\(photo:[^)]*\\)$  # trailing photo credit
            credit   ^© [^|]*\\|  # leading copyright credit
            """;

    @Test
    void loadsTheStandardRulesFromTheClasspath() {
        BoilerplateRules rules = BoilerplateRules.standard();

        assertThat(rules.size()).isGreaterThan(40);
        assertThat(rules.isBoilerplate("Leave a Reply")).isTrue();
        assertThat(rules.isBoilerplate("The army said it would leave a reply to the envoy.")).isFalse();
    }

    @Test
    void matchesWholeLinesCaseInsensitively() {
        BoilerplateRules rules = BoilerplateRules.parse(RULES, "test");

        assertThat(rules.size()).isEqualTo(4);
        assertThat(rules.isBoilerplate("LEAVE A REPLY")).isTrue();
        assertThat(rules.isBoilerplate("Leave a Reply here")).isFalse();
        assertThat(rules.isRelatedHeading("Related News:")).isTrue();
        assertThat(rules.isRelatedHeading("Related news about the war")).isFalse();
    }

    @Test
    void cutsLeadingAndTrailingCredits() {
        BoilerplateRules rules = BoilerplateRules.parse(RULES, "test");

        assertThat(rules.withoutCredit("Troops on patrol (Photo: AP)")).isEqualTo("Troops on patrol");
        assertThat(rules.withoutCredit("© AFP – Jane Doe | Troops on patrol")).isEqualTo("Troops on patrol");
        assertThat(rules.withoutCredit("(Photo: AP)")).isEmpty();
        assertThat(rules.withoutCredit("Troops on patrol")).isNull();
    }

    @Test
    void neverTestsLinesLongerThanTheLimit() {
        BoilerplateRules rules = BoilerplateRules.parse("line  .*  # anything\n", "test");

        assertThat(rules.isBoilerplate("x".repeat(BoilerplateRules.MAX_TESTED_CHARS))).isTrue();
        assertThat(rules.isBoilerplate("x".repeat(BoilerplateRules.MAX_TESTED_CHARS + 1))).isFalse();
    }

    @Test
    void reportsEveryInvalidRuleWithItsLineNumber() {
        String invalid = """
                line     leave a reply
                banner   subscribe  # unknown kind
                line     (unclosed  # bad pattern
                credit   photo: ap  # credit not anchored
                line     avatar  # fine
                """;

        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> BoilerplateRules.parse(invalid, "rules.txt"));

        assertThat(thrown.getMessage()).contains(
                "rules.txt:1: expected 'KIND REGEX  # comment'",
                "rules.txt:2: unknown kind 'banner'",
                "rules.txt:3: bad pattern",
                "rules.txt:4: a credit pattern must start with ^ or end with $");
        assertThat(thrown.getMessage()).doesNotContain("rules.txt:5");
    }
}
