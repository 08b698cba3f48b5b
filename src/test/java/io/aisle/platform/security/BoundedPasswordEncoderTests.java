package io.aisle.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTests {

    /** Holds a password check inside the hash until released, like a slow bcrypt. */
    private static final class HeldEncoder implements PasswordEncoder {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            entered.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS) && encoded.equals(encode(raw));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void refusesQuicklyWithA503WhenEverySlotIsHashingAndServesAgainOnceOneIsFree() throws Exception {
        HeldEncoder slow = new HeldEncoder();
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(slow, 1, Duration.ofMillis(50));
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> bounded.matches("pw", "hash:pw"));
        assertThat(slow.entered.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> bounded.encode("another"))
                .isInstanceOfSatisfying(PasswordHashingBusyException.class, busy -> {
                    assertThat(busy.status()).isEqualTo(503);
                    assertThat(busy.retryAfterSeconds()).isEqualTo(1);
                });

        slow.release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(bounded.encode("another")).isEqualTo("hash:another");
    }
}
