/**
 * Lab: where the models are put to the test, away from the shop's own customers. {@code simulation} generates
 * customers whose true churn probability and expected spend are known (plain Java), {@code loading} writes a
 * simulated history into the shop through the owning modules' bulk import services, and {@code retail} imports the
 * UCI Online Retail transaction log and evaluates the models against the BG/NBD baseline on it (the
 * {@code import-online-retail} and {@code evaluate-online-retail} commands), and {@code catalog} generates a catalog
 * to try the shop at scale ({@code seed-catalog}, through catalog's and media's bulk writes). Owns {@code retail_imports} and
 * {@code retail_customers}. Its face to the rest of the shop is {@link io.aisle.lab.DemoHistory}, the demo customers
 * of a fresh shop. See docs/ml.md.
 */
@ApplicationModule(allowedDependencies = { "catalog", "identity", "media", "modeling", "modeling :: baseline", "ordering",
        "platform", "returns", "tracking" })
package io.aisle.lab;

import org.springframework.modulith.ApplicationModule;

