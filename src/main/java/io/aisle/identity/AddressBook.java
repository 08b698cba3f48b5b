package io.aisle.identity;

import java.util.List;
import java.util.Optional;

public interface AddressBook {
    List<SavedAddress> list(long userId);
    SavedAddress get(long userId, long addressId);
    SavedAddress add(long userId, PostalAddress address, boolean makeDefault);
    Optional<SavedAddress> defaultFor(long userId);
}
