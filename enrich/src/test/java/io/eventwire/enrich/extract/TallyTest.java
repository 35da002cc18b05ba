package io.eventwire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void picksTheMostCountedKeyAndOfEqualsTheFirstAdded() {
        Tally<String> tally = new Tally<>();
        tally.add("SY", 1, "Syria");
        tally.add("TR", 2, "Turkey");
        tally.add("SY", 1, "Syria again");
        tally.add("IQ", 2, "Iraq");

        assertThat(tally.most()).isEqualTo("SY");
        assertThat(tally.count("SY")).isEqualTo(2);
        assertThat(tally.first("SY")).isEqualTo("Syria");
        assertThat(tally.count("LB")).isZero();
        assertThat(tally.first("LB")).isNull();
    }

    @Test
    void picksAmongTheKeysWhoseFirstValuePassesTheFilter() {
        Tally<String> tally = new Tally<>();
        tally.add("SY", 3, "Syria");
        tally.add("TR", 1, "Turkey");
        tally.add("IQ", 1, "Iraq");

        assertThat(tally.most(value -> !value.equals("Syria"))).isEqualTo("TR");
        assertThat(tally.most(value -> false)).isNull();
    }

    @Test
    void growsPastItsFirstKeys() {
        Tally<Integer> tally = new Tally<>();
        for (int k = 0; k < 40; k++) {
            tally.add("key" + k, 1 + k % 3, k);
        }

        assertThat(tally.most()).isEqualTo("key2");
        assertThat(tally.first("key39")).isEqualTo(39);
        assertThat(tally.isEmpty()).isFalse();
        assertThat(new Tally<Integer>().isEmpty()).isTrue();
    }
}
