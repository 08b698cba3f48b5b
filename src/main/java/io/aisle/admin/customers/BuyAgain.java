package io.aisle.admin.customers;

import io.aisle.insights.RiskBand;

/**
 * The churn model's answer turned round into what a shop owner asks: how likely is this customer to buy
 * again within the horizon (the complement of the churn probability), in percent and in a word that
 * follows the configured risk bands ({@code band} keeps the band's name for the page's colours).
 */
record BuyAgain(int percent, String word, RiskBand band) {

    static BuyAgain of(double churnProbability, RiskBand risk) {
        String word = switch (risk) {
            case LOW -> "Likely";
            case MEDIUM -> "Maybe";
            case HIGH -> "Unlikely";
        };
        return new BuyAgain((int) Math.round((1 - churnProbability) * 100), word, risk);
    }
}
