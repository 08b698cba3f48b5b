package io.aisle.promotions;

import io.aisle.platform.InvalidRequestException;
import io.aisle.promotions.data.CounterRepository;
import io.aisle.promotions.data.PromotionRepository;
import io.aisle.promotions.data.RedemptionRepository;
import io.aisle.promotions.internal.PromotionRules;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal codes: a promotion only one customer may redeem, once (a usage limit of 1, and checkout refuses it for
 * any other buyer, a guest with the owner's e-mail included, with {@link PromotionRefusedException.Reason#NOT_YOURS}). Retention campaigns issue them.
 */
@Service
public class PersonalCodes {

    /** No 0/O, 1/I: a code is read off an e-mail and typed. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 10;

    private final PromotionRepository promotions;
    private final CounterRepository counters;
    private final RedemptionRepository redemptions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PersonalCodes(PromotionRepository promotions, CounterRepository counters, RedemptionRepository redemptions,
            Clock clock) {
        this.promotions = promotions;
        this.counters = counters;
        this.redemptions = redemptions;
        this.clock = clock;
    }

    /** A fresh random code, {@code PREFIX-} and 10 characters (50 bits: not guessable, and unlikely to be taken). */
    public String newCode(String prefix) {
        StringBuilder code = new StringBuilder(prefix.toUpperCase(Locale.ROOT)).append('-');
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * Issues {@code code} for the offer, in the caller's transaction, so that the code exists exactly when what it
     * was issued for commits. An offer whose {@code issueKey} was issued before gets that first code back (and
     * {@code code} is not used).
     *
     * @throws InvalidRequestException naming the field when the offer is not a valid personal code
     * @throws PromotionCodeTakenException when another promotion has the code, or the same key is being issued
     *         at this moment by another transaction
     */
    @Transactional
    public PersonalCode issue(PersonalOffer offer, String code) {
        Instant now = clock.instant();
        check(offer, now);
        var issued = promotions.findByIssueKey(offer.issueKey());
        if (issued.isPresent()) {
            return new PersonalCode(issued.get().id(), issued.get().code(), issued.get().customerUserId(),
                    issued.get().endsAt());
        }
        String name = offer.name() == null || offer.name().isBlank() ? "Personal code" : offer.name().strip();
        PromotionForm form = PromotionRules.check(new PromotionForm(name.length() <= 200 ? name : name.substring(0, 200),
                code, offer.kind(), offer.value(), null, null, null, List.of(), List.of(), false, null,
                offer.expiresAt(), 1, 1, false));
        long id;
        try {
            id = promotions.insertPersonal(form, offer.customerId(), offer.issueKey(), now);
        } catch (DuplicateKeyException e) {
            throw new PromotionCodeTakenException(code);
        }
        counters.insert(id);
        // as stored (microseconds), so the first issue and a repeated one answer the same
        return new PersonalCode(id, form.code(), offer.customerId(), offer.expiresAt().truncatedTo(ChronoUnit.MICROS));
    }

    /**
     * Ends every personal code of this account now and pauses it (its account was deleted): it is refused from then
     * on, and a resumed one has ended. Answers how many were still running.
     */
    @Transactional
    public int withdrawAll(long customerId) {
        return promotions.endPersonal(customerId, clock.instant());
    }

    /** When each of these promotions was first redeemed, for those that were. */
    @Transactional(readOnly = true)
    public Map<Long, Instant> redeemedAt(Collection<Long> promotionIds) {
        return promotionIds.isEmpty() ? Map.of() : redemptions.findFirstRedeemed(promotionIds);
    }

    private static void check(PersonalOffer offer, Instant now) {
        if (offer.issueKey() == null || offer.issueKey().isBlank() || offer.issueKey().length() > 100) {
            throw new InvalidRequestException("issueKey", "must be 1 to 100 characters");
        }
        if (offer.kind() != PromotionKind.PERCENTAGE && offer.kind() != PromotionKind.FIXED_AMOUNT) {
            throw new InvalidRequestException("kind", "must be PERCENTAGE or FIXED_AMOUNT");
        }
        if (offer.expiresAt() == null || !offer.expiresAt().isAfter(now)) {
            throw new InvalidRequestException("expiresAt", "must be in the future");
        }
    }
}
