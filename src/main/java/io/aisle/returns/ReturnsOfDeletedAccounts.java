package io.aisle.returns;

import io.aisle.identity.AccountDeleted;
import io.aisle.identity.AccountDeletionRequested;
import io.aisle.returns.data.ReturnRepository;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An account with a return in progress cannot be deleted (its refund is still owed); once deleted, its returns stay
 * for the books but lose the e-mail and the customer's words, in the deleting transaction.
 */
@Component
class ReturnsOfDeletedAccounts {

    private final ReturnRepository returns;

    ReturnsOfDeletedAccounts(ReturnRepository returns) {
        this.returns = returns;
    }

    @EventListener
    void on(AccountDeletionRequested event) {
        List<Long> open = returns.findOpenByUser(event.userId());
        if (!open.isEmpty()) {
            throw new OpenReturnsException(open);
        }
    }

    @EventListener
    void on(AccountDeleted event) {
        returns.erasePersonalData(event.userId());
    }
}
