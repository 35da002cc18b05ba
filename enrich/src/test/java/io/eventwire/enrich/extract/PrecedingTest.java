package io.eventwire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventwire.enrich.actors.ActorDictionary;
import io.eventwire.enrich.actors.ActorMention;
import io.eventwire.enrich.actors.ActorRef;
import io.eventwire.enrich.text.Sentence;
import io.eventwire.enrich.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrecedingTest {

    private static final ActorDictionary ACTORS = ActorDictionary.standard();
    private static final String TEXT = "It rained. Nigerian soldiers clashed with Boko Haram fighters on Monday. "
            + "Residents stayed home. Nigerian police arrested two men. It rained again.";

    @Test
    void theSubjectIsTheFirstActorOfTheLastSentenceThatNamesOne() {
        List<Preceding> chain = chain();

        assertThat(chain.get(4).subject().name()).isEqualTo("Police Forces of Nigeria");
        assertThat(chain.get(2).subject().name()).isEqualTo("Civilians (Nigeria)");
        assertThat(chain.get(1).subject().name()).isEqualTo("Military Forces of Nigeria");
        assertThat(chain.get(0).subject()).isNull();
        assertThat(chain.get(4).places()).isEmpty();
    }

    @Test
    void answersAsTheEagerReadingOfEverySentenceDoesInWhateverOrderAsked() {
        List<ActorRef> eager = new ArrayList<>();
        ActorRef subject = null;
        for (Sentence sentence : SentenceSplitter.split(TEXT)) {
            for (ActorMention mention : context().actorsIn(sentence.start(), sentence.end())) {
                ActorRef actor = context().resolve(mention).orElse(null);
                if (actor != null) {
                    subject = actor;
                    break;
                }
            }
            eager.add(subject);
        }

        List<Preceding> backwards = chain();
        for (int k = backwards.size() - 1; k >= 0; k--) {
            assertThat(backwards.get(k).subject()).as("sentence %d", k).isEqualTo(eager.get(k));
        }
        List<Preceding> forwards = chain();
        for (int k = 0; k < forwards.size(); k++) {
            assertThat(forwards.get(k).subject()).as("sentence %d", k).isEqualTo(eager.get(k));
        }
        List<Preceding> lastFirst = chain();
        assertThat(lastFirst.get(4).subject()).isEqualTo(eager.get(4));
        assertThat(lastFirst.get(2).subject()).isEqualTo(eager.get(2));
    }

    /** What each sentence of the text leaves, none reporting an event. */
    private static List<Preceding> chain() {
        ArticleContext context = context();
        List<Preceding> chain = new ArrayList<>();
        Preceding preceding = Preceding.START;
        for (Sentence sentence : SentenceSplitter.split(TEXT)) {
            preceding = preceding.then(context, sentence, null);
            chain.add(preceding);
        }
        return chain;
    }

    private static ArticleContext context() {
        return ArticleContext.of(TEXT, List.of(), ACTORS.findActors(TEXT), ACTORS);
    }
}
