/**
 * Insights: predictions about customers (who is likely to buy again, who is drifting away, what they
 * are likely to spend) for the admin and for comparing learned models. Owns no tables yet. Its
 * {@code baseline} sub-package holds the classic probabilistic models that every learned model here
 * is measured against; its {@code simulation}
 * sub-package generates customers whose true churn probability and expected spend are known, to tell
 * how good a learned model can possibly be. Depends on nothing but the JDK and commons-math.
 */
package io.aisle.insights;
