package io.aisle.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ordering.OrderingProperties;
import io.aisle.returns.ReturnsProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The returns answer says the window this shop is configured with, not only the documented default. */
class StorePoliciesTests {

    @Test
    void theReturnsAnswerAddsTheConfiguredWindowAndWhereTheFormIs() {
        OrderingProperties ordering = new OrderingProperties(null, null, null, null, null);
        // shipping is not asked about here, so its services are not needed
        StorePolicies policies = new StorePolicies(ordering, null, null, new ReturnsProperties(Duration.ofDays(14)));

        String answer = policies.about("can I send it back for a refund?");

        assertThat(answer).contains("Return items").contains("Right now, this shop takes returns within 14 days of "
                + "delivery").contains("/account/orders");
    }
}
