package io.aisle.catalog.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

/** Orders and fuses rankings. */
final class Ranking {

    /** Highest score first; on a tie the lower id, so that answers are stable. */
    static final Comparator<Hit> BEST_FIRST = Comparator.comparingDouble(Hit::score).reversed()
            .thenComparingLong(Hit::productId);

    private Ranking() {
    }

    /**
     * Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): each product scores the sum over the
     * rankings of 1 / (k + rank), rank counted from 1. It needs no calibration between the rankings'
     * scales (BM25 sums and cosines), and a product near the top of both beats one at the top of one.
     * Only products in {@code eligible} are returned; the others still took up their rank.
     */
    static List<Hit> fuse(int k, List<List<Hit>> rankings, LongPredicate eligible) {
        Map<Long, Double> fused = new HashMap<>();
        for (List<Hit> ranking : rankings) {
            for (int i = 0; i < ranking.size(); i++) {
                long id = ranking.get(i).productId();
                if (eligible.test(id)) {
                    fused.merge(id, 1.0 / (k + i + 1), Double::sum);
                }
            }
        }
        List<Hit> hits = new ArrayList<>(fused.size());
        fused.forEach((id, score) -> hits.add(new Hit(id, score)));
        hits.sort(BEST_FIRST);
        return hits;
    }

    /** The hits of {@code first} ahead of the others, each part in its order. */
    static List<Hit> firstThose(List<Hit> hits, Set<Long> first) {
        List<Hit> ranked = new ArrayList<>(hits.size());
        hits.stream().filter(h -> first.contains(h.productId())).forEach(ranked::add);
        hits.stream().filter(h -> !first.contains(h.productId())).forEach(ranked::add);
        return ranked;
    }
}
