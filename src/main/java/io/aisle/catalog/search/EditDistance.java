package io.aisle.catalog.search;

/**
 * The edit distance between two words, counting an insertion, a deletion, a substitution or a swap of two
 * neighbouring letters ("iphnoe") as one edit (optimal string alignment), computed only as far as a bound:
 * a typo is one or two edits away, anything further is another word.
 */
final class EditDistance {

    private EditDistance() {
    }

    /** How many edits a word of this length may be away from the word meant: as Lucene's "AUTO" fuzziness. */
    static int allowed(String word) {
        return word.length() < 3 ? 0 : word.length() <= 5 ? 1 : 2;
    }

    /** The distance between {@code a} and {@code b}, or {@code max + 1} when it is more than {@code max}. */
    static int within(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowBest = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowBest = Math.min(rowBest, d);
            }
            if (rowBest > max) {
                return max + 1;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return Math.min(previous[b.length()], max + 1);
    }
}
