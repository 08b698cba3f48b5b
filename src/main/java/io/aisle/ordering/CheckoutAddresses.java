package io.aisle.ordering;

import io.aisle.identity.AddressBook;
import io.aisle.identity.PostalAddress;
import io.aisle.identity.PostalAddresses;
import io.aisle.identity.SavedAddress;
import io.aisle.platform.InvalidRequestException;
import org.springframework.stereotype.Component;

/** Where a checkout ships to: an address sent with it, or one from the customer's address book. */
@Component
class CheckoutAddresses {

    private final AddressBook book;

    CheckoutAddresses(AddressBook book) {
        this.book = book;
    }

    /**
     * The sent address (checked and kept in the address book when asked to, as the default when there is none
     * yet), else the saved address named, else the default one.
     */
    PostalAddress forCustomer(long userId, CheckoutRequest request) {
        if (request.shippingAddress() != null) {
            PostalAddress address = PostalAddresses.normalize(request.shippingAddress(), "shippingAddress.");
            if (Boolean.TRUE.equals(request.saveAddress())) {
                book.add(userId, address, book.defaultFor(userId).isEmpty());
            }
            return address;
        }
        if (request.addressId() != null) {
            return book.get(userId, request.addressId()).address();
        }
        return book.defaultFor(userId).map(SavedAddress::address)
                .orElseThrow(() -> new InvalidRequestException("There is no shipping address: send shippingAddress "
                        + "with the order, or save one in your address book first."));
    }
}
