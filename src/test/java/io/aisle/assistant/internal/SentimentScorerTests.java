package io.aisle.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.assistant.Sentiment;
import org.junit.jupiter.api.Test;

class SentimentScorerTests {

    @Test
    void scoresPraiseComplaintsAndPlainQuestions() {
        assertThat(SentimentScorer.score("Thanks, that was really helpful!")).isEqualTo(Sentiment.POSITIVE);
        assertThat(SentimentScorer.score("My parcel arrived damaged and support was useless")).isEqualTo(Sentiment.NEGATIVE);
        assertThat(SentimentScorer.score("How much is the Kindle Paperwhite?")).isEqualTo(Sentiment.NEUTRAL);
    }

    @Test
    void aNegationFlipsTheNextScoredWord() {
        assertThat(SentimentScorer.score("This is not good")).isEqualTo(Sentiment.NEGATIVE);
        assertThat(SentimentScorer.score("Not bad at all")).isEqualTo(Sentiment.POSITIVE);
        assertThat(SentimentScorer.score("I don't like it")).isEqualTo(Sentiment.NEGATIVE);
    }
}
