package io.aisle.retention.internal;

import io.aisle.identity.AccountDeleted;
import io.aisle.retention.data.MemberRepository;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A deleted account leaves every campaign it was in, in the deleting transaction: an offer not made yet is never
 * made, and the report leaves the customer out of both arms (their later orders could not be told apart anyway).
 */
@Component
class DeletedMembers {

    private final MemberRepository members;
    private final Clock clock;

    DeletedMembers(MemberRepository members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    @EventListener
    void on(AccountDeleted deleted) {
        members.markLeft(deleted.userId(), clock.instant());
    }
}
