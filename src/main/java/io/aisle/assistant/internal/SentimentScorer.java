package io.aisle.assistant.internal;

import io.aisle.assistant.Sentiment;
import java.util.Locale;
import java.util.Set;

/**
 * Offline, lexicon-based sentiment: positive words count +1, negative words -1, a negation ("not",
 * "never", "n't") within the two words before flips the next scored word. Enough to put unhappy
 * customers at the top of the admin's list; no model, no network.
 */
public final class SentimentScorer {

    private static final Set<String> POSITIVE = Set.of("good", "great", "love", "loved", "like", "thanks", "thank",
            "awesome", "perfect", "excellent", "happy", "nice", "amazing", "helpful", "wonderful", "fantastic",
            "glad", "brilliant", "pleased", "superb", "cool", "best", "fast", "quick", "easy", "recommend");
    private static final Set<String> NEGATIVE = Set.of("bad", "terrible", "awful", "hate", "hated", "angry", "broken",
            "late", "worst", "disappointed", "disappointing", "annoyed", "annoying", "useless", "wrong", "damaged",
            "missing", "poor", "horrible", "frustrated", "frustrating", "ridiculous", "scam", "slow", "upset",
            "complaint", "complain", "unacceptable", "never", "lost", "stolen", "rude", "furious", "waste",
            "defective", "faulty", "sucks", "garbage", "fraud", "refund", "delayed", "problem", "issue");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "dont", "don't", "didn't", "didnt",
            "isn't", "isnt", "wasn't", "wasnt", "doesn't", "doesnt", "hardly", "without");

    private SentimentScorer() {
    }

    public static Sentiment score(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^a-z']+");
        int score = 0;
        int negatedUntil = -1;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (NEGATIONS.contains(word)) {
                negatedUntil = i + 2;
                if (!word.equals("never")) {
                    continue;
                }
            }
            int value = POSITIVE.contains(word) ? 1 : NEGATIVE.contains(word) ? -1 : 0;
            if (value != 0 && i <= negatedUntil && !NEGATIONS.contains(word)) {
                value = -value;
                negatedUntil = -1;
            }
            score += value;
        }
        return score > 0 ? Sentiment.POSITIVE : score < 0 ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
    }
}
