package io.aisle.retention.internal;

import io.aisle.identity.AccountService;
import io.aisle.identity.User;
import io.aisle.promotions.PersonalCodes;
import io.aisle.retention.Campaign;
import io.aisle.retention.CampaignMember;
import io.aisle.retention.RetentionProperties;
import io.aisle.retention.data.CampaignRepository;
import io.aisle.retention.data.MemberRepository;
import io.aisle.retention.data.MemberRepository.MemberKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the offers of every campaign's PENDING members, one member at a time: claims the member with a lease (one
 * sender per member, on any number of instances), writes the letter (the LLM's, outside any transaction, as it may
 * take seconds), then makes the offer in one transaction ({@link OfferTransaction}). A sender that dies holding a
 * claim loses it when the lease runs out, and the poll (or another instance) takes the member up again: sending
 * resumes after a restart. After {@code maxAttempts} failed attempts a member is SKIPPED, and so is one whose
 * campaign's codes have expired by the time the sender gets to them (checked before the LLM is asked).
 */
@Component
public class OfferSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OfferSender.class);

    private final MemberRepository members;
    private final CampaignRepository campaigns;
    private final AccountService accounts;
    private final PersonalCodes codes;
    private final OfferFacts facts;
    private final OfferLetters letters;
    private final OfferTransaction offers;
    private final RetentionProperties properties;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "retention-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean nudged = new AtomicBoolean();

    public OfferSender(MemberRepository members, CampaignRepository campaigns, AccountService accounts,
            PersonalCodes codes, OfferFacts facts, OfferLetters letters, OfferTransaction offers,
            RetentionProperties properties, Clock clock) {
        this.members = members;
        this.campaigns = campaigns;
        this.accounts = accounts;
        this.codes = codes;
        this.facts = facts;
        this.letters = letters;
        this.offers = offers;
        this.properties = properties;
        this.clock = clock;
    }

    /** Asks for a round of sending soon, off the caller's thread. */
    public void nudge() {
        if (nudged.compareAndSet(false, true)) {
            worker.execute(() -> {
                nudged.set(false);
                try {
                    sendDue();
                } catch (RuntimeException e) {
                    log.warn("Sending retention offers failed: {}", e.toString());
                }
            });
        }
    }

    /** Offers whose sender died, and campaigns another instance started: resumed here. */
    @Scheduled(fixedDelayString = "${aisle.retention.poll-interval:30s}", initialDelayString = "${aisle.retention.poll-interval:30s}")
    void poll() {
        nudge();
    }

    /** Sends every offer due now that no other sender holds; answers how many this sender finished. */
    public int sendDue() {
        int finished = 0;
        List<MemberKey> due;
        do {
            due = members.findDue(clock.instant(), properties.batchSize());
            int before = finished;
            for (MemberKey member : due) {
                finished += send(member) ? 1 : 0;
            }
            if (finished == before) {
                break;
            }
        } while (due.size() == properties.batchSize());
        return finished;
    }

    /** Claims and makes this member's offer; false when another sender has it or it is not waiting. */
    public boolean send(MemberKey key) {
        String token = UUID.randomUUID().toString();
        Instant now = clock.instant();
        if (!members.claim(key, token, now, now.plus(properties.lease()))) {
            return false;
        }
        try {
            CampaignMember member = members.find(key).orElseThrow();
            User user = accounts.findAll(List.of(key.userId())).get(key.userId());
            if (user == null || member.attempts() > properties.maxAttempts()) {
                members.skip(key, token);
                return true;
            }
            Campaign campaign = campaigns.findById(key.campaignId()).orElseThrow();
            if (!campaign.codesExpireAt().isAfter(now)) {
                // a code that would be dead on arrival: no offer, and no LLM call to write it
                members.skip(key, token);
                return true;
            }
            String code = codes.newCode("BACK");
            OfferLetters.Facts about = facts.of(user, campaign, code);
            String letter = campaign.llmText() ? letters.write(about) : null;
            return offers.make(campaign, new OfferTransaction.Offer(user.id(), user.email(), about.firstName(), about.discount(), code,
                    letter), token);
        } catch (RuntimeException e) {
            // the claim stays until its lease ends: then this or another sender tries again
            log.warn("Retention offer to customer {} of campaign {} failed: {}", key.userId(), key.campaignId(),
                    e.toString());
            return false;
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
