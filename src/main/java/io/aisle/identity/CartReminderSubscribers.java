package io.aisle.identity;

import io.aisle.identity.data.UserRepository;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who wants to be reminded of a cart they left: the opt-in lives with the account, the carts with shopping. */
@Service
public class CartReminderSubscribers {

    private final UserRepository users;

    CartReminderSubscribers(UserRepository users) {
        this.users = users;
    }

    /**
     * Among these accounts, those that turned cart reminders on, by id: live accounts with a verified address only,
     * so that nobody is mailed reminders they never asked for under an address someone else signed up with.
     */
    @Transactional(readOnly = true)
    public Map<Long, User> optedIn(Collection<Long> userIds) {
        return users.findCartReminderRecipients(userIds).stream()
                .collect(Collectors.toMap(User::id, Function.identity()));
    }
}
