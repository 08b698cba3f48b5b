package io.aisle.retention.internal;

import io.aisle.promotions.PersonalCode;
import io.aisle.promotions.PersonalCodes;
import io.aisle.promotions.PersonalOffer;
import io.aisle.promotions.PromotionKind;
import io.aisle.retention.Campaign;
import io.aisle.retention.RetentionOfferMade;
import io.aisle.retention.data.MemberRepository;
import io.aisle.retention.data.MemberRepository.MemberKey;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes one member's offer in one transaction: the member turns OFFERED (guarded by the sender's claim), the personal
 * code is issued, and {@link RetentionOfferMade} makes the mail module write the mail to its outbox. All of it commits
 * or none of it: a crash or an error halfway leaves the member PENDING with no code and no mail, for the next attempt.
 */
@Component
public class OfferTransaction {

    private final MemberRepository members;
    private final PersonalCodes codes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public OfferTransaction(MemberRepository members, PersonalCodes codes, ApplicationEventPublisher events,
            Clock clock) {
        this.members = members;
        this.codes = codes;
        this.events = events;
        this.clock = clock;
    }

    /** The customer and what to tell them ({@code discount} in words, in the shop's currency). */
    public record Offer(long userId, String email, String firstName, String discount, String code, String letter) {
    }

    /** Makes the offer; false (and nothing changed) when the sender no longer holds the member's claim. */
    @Transactional
    public boolean make(Campaign campaign, Offer offer, String claimToken) {
        MemberKey key = new MemberKey(campaign.id(), offer.userId());
        // first: the row lock it takes makes a second sender wait here, then find the member no longer PENDING
        if (!members.markOffered(key, claimToken, offer.code(), offer.letter() != null, clock.instant())) {
            return false;
        }
        PersonalCode code = codes.issue(new PersonalOffer(issueKey(key), campaign.name(), offer.userId(),
                PromotionKind.valueOf(campaign.discountKind().name()), campaign.discountValue(),
                campaign.codesExpireAt()), offer.code());
        // a code issued before under the member's key wins (PersonalCodes.issue gives it back): store and mail that
        // one, and a letter written around the other code gives way to the template, which names the right one
        String letter = code.code().equals(offer.code()) ? offer.letter() : null;
        members.setIssued(key, code.promotionId(), code.code(), letter != null);
        events.publishEvent(new RetentionOfferMade(campaign.id(), offer.userId(), offer.email(), offer.firstName(),
                code.code(), offer.discount(), campaign.lastDay(), code.expiresAt(), letter));
        return true;
    }

    /** What the code is issued for: a member of a campaign, once. */
    public static String issueKey(MemberKey key) {
        return "retention-" + key.campaignId() + "-" + key.userId();
    }
}
