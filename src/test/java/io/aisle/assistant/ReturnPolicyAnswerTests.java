package io.aisle.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "How do I return it?" leads to the real return flow: the orders page and the order's return form. */
class ReturnPolicyAnswerTests extends AssistantApiTest {

    @Test
    void theOfflineAssistantSendsTheCustomerToTheirOrdersAndTheReturnFormWithTheWindow() {
        String answer = (String) ask(newCustomer(), "How do I return something I bought?").get("answer");

        assertThat(answer).contains("/account/orders").contains("\"Return items\"")
                .contains("within 30 days of delivery").doesNotContain("not self-service");
    }
}
