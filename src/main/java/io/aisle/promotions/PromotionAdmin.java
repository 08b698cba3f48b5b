package io.aisle.promotions;

import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.aisle.promotions.data.CounterRepository;
import io.aisle.promotions.data.PromotionRepository;
import io.aisle.promotions.data.RedemptionRepository;
import io.aisle.promotions.internal.PromotionRules;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Setting promotions up, pausing them, and seeing their use: what the admin API and pages call. */
@Service
public class PromotionAdmin {

    private final PromotionRepository promotions;
    private final CounterRepository counters;
    private final RedemptionRepository redemptions;
    private final Clock clock;

    PromotionAdmin(PromotionRepository promotions, CounterRepository counters, RedemptionRepository redemptions,
            Clock clock) {
        this.promotions = promotions;
        this.counters = counters;
        this.redemptions = redemptions;
        this.clock = clock;
    }

    /**
     * Creates an active promotion.
     *
     * @throws io.aisle.platform.InvalidRequestException naming the field when the fields do not fit together
     * @throws PromotionCodeTakenException when another promotion has the code (in any case)
     */
    @Transactional
    public Promotion create(PromotionForm form) {
        PromotionForm checked = PromotionRules.check(form);
        long id;
        try {
            id = promotions.insert(checked, checked.code(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new PromotionCodeTakenException(checked.code());
        }
        counters.insert(id);
        return get(id);
    }

    /**
     * Replaces the promotion's settings; its status and redemptions stay. A promotion that gets a usage limit
     * starts counting from its redemptions so far.
     */
    @Transactional
    public Promotion update(long id, PromotionForm form) {
        PromotionForm checked = PromotionRules.check(form);
        Promotion before = get(id);
        try {
            promotions.update(id, checked, checked.code(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new PromotionCodeTakenException(checked.code());
        }
        if (before.usageLimit() == null && checked.usageLimit() != null) {
            counters.recount(id);
        }
        return get(id);
    }

    @Transactional
    public Promotion pause(long id) {
        return setStatus(id, PromotionStatus.PAUSED);
    }

    @Transactional
    public Promotion resume(long id) {
        return setStatus(id, PromotionStatus.ACTIVE);
    }

    @Transactional(readOnly = true)
    public Promotion get(long id) {
        return promotions.findById(id).orElseThrow(() -> new PromotionNotFoundException(id));
    }

    /**
     * Promotions, newest first, with how often each was redeemed and how much it took off; the personal codes of
     * retention campaigns (one per customer reached, so thousands) only when {@code personal} asks for them.
     */
    @Transactional(readOnly = true)
    public PageResult<PromotionUsage> list(PageQuery page, boolean personal) {
        return PageResult.of(promotions.findPage(page, personal), page, promotions.count(personal));
    }

    /** The promotion's redemptions, newest first. */
    @Transactional(readOnly = true)
    public PageResult<Redemption> redemptions(long id, PageQuery page) {
        get(id);
        return PageResult.of(redemptions.findPage(id, page), page, redemptions.count(id));
    }

    private Promotion setStatus(long id, PromotionStatus status) {
        if (promotions.setStatus(id, status, clock.instant()) == 0) {
            throw new PromotionNotFoundException(id);
        }
        return get(id);
    }
}
