package io.aisle.ordering;

import io.aisle.ordering.data.CoPurchaseRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What was bought together, for recommendations. Cancelled orders do not count: they were not bought.
 * Product ids may name products the catalog has since removed; the caller resolves them.
 */
@Service
public class CoPurchases {

    private final CoPurchaseRepository coPurchases;

    CoPurchases(CoPurchaseRepository coPurchases) {
        this.coPurchases = coPurchases;
    }

    /** The products most often in the same order as this one, most shared orders first. */
    @Transactional(readOnly = true)
    public List<CoPurchase> alsoBought(long productId, int limit) {
        return coPurchases.alsoBought(productId, limit);
    }

    /** The distinct products this customer bought, most recently bought first. */
    @Transactional(readOnly = true)
    public List<Long> boughtBy(long userId, int limit) {
        return coPurchases.boughtBy(userId, limit);
    }
}
