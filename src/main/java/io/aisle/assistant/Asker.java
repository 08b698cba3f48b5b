package io.aisle.assistant;

/**
 * Who is asking, as the controller took it from the security context or the guest's session: a
 * customer ({@code userId}) or a guest ({@code guestKey}, a hash of their opaque guest token). Tools
 * read only this asker's data; nothing in a message can change it.
 */
public record Asker(Long userId, String guestKey, String address) {

    public static Asker customer(long userId) {
        return new Asker(userId, null, null);
    }

    public static Asker guest(String guestKey, String address) {
        return new Asker(null, guestKey, address);
    }

    public boolean isGuest() {
        return userId == null;
    }

    /** The key rate limits count under: the customer, or the guest's network address. */
    public String rateKey() {
        return isGuest() ? "guest:" + (address == null ? guestKey : address) : "user:" + userId;
    }
}
