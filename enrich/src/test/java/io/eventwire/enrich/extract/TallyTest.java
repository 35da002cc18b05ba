package io.eventwire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class TallyTest {

    private static final List<String> KEYS = List.of("SY", "IQ", "UA", "RU", "SD", "SO", "CD", "NG", "ML", "AF", "PK",
            "YE", "LB", "IL", "PS", "TR", "IR", "US", "FR", "GB", "Aa", "BB", "C#", "Hayat Tahrir al-Sham", "M23",
            "Islamic State", "Boko Haram", "Al-Shabaab", "RSF", "Wagner Group", "Hezbollah", "Hamas", "ELN");

    @Test
    void picksTheMostCountedKeyAsAMergedHashMapWalksToItOnTies() {
        agreesWithAMergedHashMap(KEYS);
    }

    /** Keys that share the slot of the map's table: past seven in one slot, the map grows and its walk changes. */
    @Test
    void agreesWithTheMapWhenManyKeysShareASlot() {
        List<String> sameSlot = new ArrayList<>();
        for (int k = 0; sameSlot.size() < 14; k++) {
            String key = "key" + k;
            int h = key.hashCode();
            if (((h ^ h >>> 16) & 15) == 5) {
                sameSlot.add(key);
            }
        }
        List<String> keys = new ArrayList<>(sameSlot);
        keys.addAll(KEYS.subList(0, 6));
        agreesWithAMergedHashMap(keys);
    }

    private static void agreesWithAMergedHashMap(List<String> pool) {
        Random random = new Random(7);
        for (int round = 0; round < 50_000; round++) {
            Tally<String> tally = new Tally<>();
            Map<String, Integer> counts = new HashMap<>();
            Map<String, String> firsts = new HashMap<>();
            int adds = random.nextInt(40);
            int keys = 1 + random.nextInt(round % 2 == 0 ? 6 : pool.size());
            int offset = random.nextInt(pool.size());
            for (int a = 0; a < adds; a++) {
                String key = pool.get((offset + random.nextInt(keys)) % pool.size());
                int weight = 1 + random.nextInt(2);
                String first = "v" + a;
                tally.add(key, weight, first);
                counts.merge(key, weight, Integer::sum);
                firsts.putIfAbsent(key, first);
            }
            Predicate<String> filter = value -> value.hashCode() % 3 != 0;
            assertThat(tally.most()).isEqualTo(firstMost(counts, firsts, null));
            assertThat(tally.most(filter)).isEqualTo(firstMost(counts, firsts, filter));
            assertThat(tally.isEmpty()).isEqualTo(counts.isEmpty());
            for (String key : pool) {
                assertThat(tally.count(key)).isEqualTo(counts.getOrDefault(key, 0));
                assertThat(tally.first(key)).isEqualTo(firsts.get(key));
            }
        }
    }

    /** The key {@code Stream.max} picks from the walk of the map, as the extraction used to. */
    private static String firstMost(Map<String, Integer> counts, Map<String, String> firsts, Predicate<String> filter) {
        return counts.entrySet().stream().filter(e -> filter == null || filter.test(firsts.get(e.getKey())))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
