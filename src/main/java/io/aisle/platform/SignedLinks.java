package io.aisle.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Component;

/**
 * Unguessable links to one thing without an account, such as a guest's order page: the secret in the link
 * is an HMAC of the thing's id under the shop's signing key (the one that signs access tokens, shared by
 * every instance), so the same link can be given again (an idempotent retry of a guest checkout) without
 * storing it. What is stored is {@link #hash(String)} of the secret, to find the thing by its link.
 * Changing the signing key ({@code AISLE_JWT_SECRET}) invalidates every such link.
 */
@Component
public class SignedLinks {

    private final SecretKey key;

    SignedLinks(SecretKey key) {
        this.key = key;
    }

    /** The link secret for the thing with this id, for this purpose (different purposes never share one). */
    public String secret(String purpose, long id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] signature = mac.doFinal((purpose + ':' + id).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The SHA-256 of a secret, hex; what is stored and looked up. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
