package io.aisle.identity;

import io.aisle.identity.data.AddressRepository;
import io.aisle.identity.data.UserRepository;
import io.aisle.platform.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's saved addresses: at most {@value #MAX_ADDRESSES}, exactly one of them the default whenever
 * there are any (the first address becomes it; deleting it makes the newest remaining one the default).
 * Every address goes through {@link PostalAddresses#normalize} on the way in. Changes lock the account's
 * row first, so two changes of one book (two tabs, two instances, a checkout) run one after the other and
 * the limit and the one default hold; adding an address the book already holds returns that entry, so a
 * request sent twice saves it once. Another customer's address is not found, like a missing one.
 */
@Service
public class AddressBook {

    public static final int MAX_ADDRESSES = 20;

    private final AddressRepository addresses;
    private final UserRepository users;
    private final Clock clock;

    AddressBook(AddressRepository addresses, UserRepository users, Clock clock) {
        this.addresses = addresses;
        this.users = users;
        this.clock = clock;
    }

    /** The default first, then the newest. */
    @Transactional(readOnly = true)
    public List<SavedAddress> list(long userId) {
        return addresses.findAll(userId);
    }

    /** @throws NotFoundException when the customer has no such address */
    @Transactional(readOnly = true)
    public SavedAddress get(long userId, long addressId) {
        return addresses.find(userId, addressId).orElseThrow(AddressBook::notFound);
    }

    /** The address checkout starts from; empty when the book is empty. */
    @Transactional(readOnly = true)
    public Optional<SavedAddress> defaultFor(long userId) {
        return addresses.findDefault(userId);
    }

    /**
     * Saves the address (the default when {@code makeDefault} or when it is the first); an address the book
     * holds already is not saved again: that entry comes back (made the default if asked).
     *
     * @throws AddressBookFullException when the book holds {@value #MAX_ADDRESSES} addresses
     */
    @Transactional
    public SavedAddress add(long userId, PostalAddress address, boolean makeDefault) {
        PostalAddress normalized = PostalAddresses.normalize(address);
        lockBook(userId);
        List<SavedAddress> book = addresses.findAll(userId);
        Optional<SavedAddress> same = book.stream().filter(saved -> saved.address().equals(normalized)).findFirst();
        if (same.isPresent()) {
            return makeDefault ? setDefault(userId, same.get().id()) : same.get();
        }
        if (book.size() >= MAX_ADDRESSES) {
            throw new AddressBookFullException(MAX_ADDRESSES);
        }
        boolean isDefault = makeDefault || book.isEmpty();
        if (isDefault) {
            addresses.clearDefault(userId);
        }
        return get(userId, addresses.insert(userId, normalized, isDefault, clock.instant()));
    }

    /** Changes the saved address; it stays the default if it was. */
    @Transactional
    public SavedAddress update(long userId, long addressId, PostalAddress address) {
        PostalAddress normalized = PostalAddresses.normalize(address);
        lockBook(userId);
        if (!addresses.update(userId, addressId, normalized, clock.instant())) {
            throw notFound();
        }
        return get(userId, addressId);
    }

    /** Makes the saved address the default (the one before stays in the book). */
    @Transactional
    public SavedAddress makeDefault(long userId, long addressId) {
        lockBook(userId);
        get(userId, addressId);
        return setDefault(userId, addressId);
    }

    /** Deletes the saved address; when it was the default, the newest remaining address becomes the default. */
    @Transactional
    public void delete(long userId, long addressId) {
        lockBook(userId);
        SavedAddress deleted = get(userId, addressId);
        addresses.delete(userId, addressId);
        if (deleted.isDefault()) {
            addresses.setNewestDefault(userId);
        }
    }

    /**
     * The profile's one shipping address, as {@code PATCH /users/me} always had it: it replaces the default
     * address, or becomes the first one.
     */
    @Transactional
    public SavedAddress replaceDefault(long userId, PostalAddress address) {
        lockBook(userId);
        Optional<SavedAddress> current = addresses.findDefault(userId);
        return current.isPresent() ? update(userId, current.get().id(), address) : add(userId, address, true);
    }

    /** Erases the customer's addresses (account deletion, inside its transaction). */
    @Transactional
    public void erase(long userId) {
        addresses.deleteAll(userId);
    }

    private SavedAddress setDefault(long userId, long addressId) {
        addresses.clearDefault(userId);
        addresses.setDefault(userId, addressId);
        return get(userId, addressId);
    }

    private void lockBook(long userId) {
        if (users.lockActive(userId).isEmpty()) {
            throw new NotFoundException("This account does not exist.");
        }
    }

    private static NotFoundException notFound() {
        return new NotFoundException("There is no such address in your address book.");
    }
}
