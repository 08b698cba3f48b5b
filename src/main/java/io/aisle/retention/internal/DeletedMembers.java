package io.aisle.retention.internal;

import io.aisle.identity.AccountDeleted;
import io.aisle.promotions.PersonalCodes;
import io.aisle.retention.data.MemberRepository;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A deleted account's campaigns, in the deleting transaction: an offer not made yet is never made, and the personal
 * codes issued to it stop working (nobody can sign in as it any more, and a code must not outlive its owner). The
 * member stays in their arm of the report (intention to treat); the report only counts that they left.
 */
@Component
class DeletedMembers {

    private final MemberRepository members;
    private final PersonalCodes codes;
    private final Clock clock;

    DeletedMembers(MemberRepository members, PersonalCodes codes, Clock clock) {
        this.members = members;
        this.codes = codes;
        this.clock = clock;
    }

    @EventListener
    void on(AccountDeleted deleted) {
        members.markLeft(deleted.userId(), clock.instant());
        codes.withdrawAll(deleted.userId());
    }
}
