package io.aisle.identity;

import io.aisle.identity.data.HistoricalAccountRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates customer accounts of an imported or simulated history in bulk, for the models in insights.
 *
 * <p>Such an account has <b>no password</b> ({@code password_hash} is NULL), so nobody can ever sign in
 * to it: sign-in compares against a hash that is not there and answers 401 like for a wrong password.
 * It also publishes no {@link UserRegistered}: nobody registered, the account is history. Callers pick
 * emails that cannot be real or collide, such as {@code sim-<runId>-<n>@simulated.invalid} (the
 * {@code .invalid} top-level domain is reserved and never delivers).
 */
@Service
public class HistoricalAccounts {

    private final HistoricalAccountRepository repository;

    HistoricalAccounts(HistoricalAccountRepository repository) {
        this.repository = repository;
    }

    /**
     * Inserts the accounts, customers without a password, in batches, and returns their new ids in the
     * order given. An email already taken fails the whole call (duplicate key) and creates nothing.
     */
    @Transactional
    public List<Long> createAll(List<HistoricalAccount> accounts) {
        List<Long> ids = new ArrayList<>(accounts.size());
        for (int from = 0; from < accounts.size(); from += HistoricalAccountRepository.BATCH) {
            List<HistoricalAccount> batch = accounts.subList(from, Math.min(from + HistoricalAccountRepository.BATCH,
                    accounts.size()));
            repository.insertAll(batch);
            Map<String, Long> byEmail = repository.findIdsByEmail(batch.stream().map(HistoricalAccount::email).toList());
            batch.forEach(account -> ids.add(byEmail.get(account.email())));
        }
        return ids;
    }
}
