/**
 * A customer simulator whose truth is known, so churn and next-period-spend models in insights can be
 * measured against the best any model could do. Plain Java, no Spring, deterministic for a seed.
 *
 * <h2>The generative process</h2>
 * <ol>
 *   <li><b>Sign-up and traits.</b> Each customer signs up on a day drawn uniformly over the simulated
 *       period and draws, from {@link io.aisle.lab.simulation.Population}: a visit rate while
 *       engaged (gamma), a checkout probability per visit (beta), a price affinity (normal; the exponent
 *       on price when picking a product within a category, i.e. the spend level, lognormal in effect)
 *       and category preferences (Dirichlet, concentration below 1 so most favour one or two of
 *       electronics, clothing, books, home-garden, sports).</li>
 *   <li><b>Latent engagement.</b> From sign-up, a daily three-state Markov chain,
 *       {@link io.aisle.lab.simulation.EngagementChain}: engaged → lapsing → dormant, lapsing can
 *       come back, dormant recovers rarely. Each state scales the visit rate (1, 0.3, 0.02 by
 *       default). The state is never in the output, so churn is learnable from recency and frequency
 *       but noisy.</li>
 *   <li><b>Daily behaviour.</b> Visits per day are Poisson with the day's rate. A visit logs in,
 *       searches, views products (category by preference, product by price affinity, prices from the
 *       catalog {@code data/sample_products.csv}), and with the checkout probability fills a cart of
 *       1–3 lines and checks out; a checked-out order is cancelled with a small probability. Customers
 *       who have bought now and then leave a review. Visits
 *       without a checkout sometimes add to the cart anyway: abandoned carts. Some carts see a removal.</li>
 *   <li><b>Cutoff and horizon.</b> For every customer signed up by the cutoff,
 *       {@link io.aisle.lab.simulation.GroundTruth} holds the exact probability of no purchase (an
 *       order not cancelled) in [cutoff, cutoff + horizon) and the exact expected spend there, from the
 *       customer's state on the cutoff morning and traits, by backward recursion over the chain (see
 *       {@code ExactForecast}; no Monte Carlo, so no simulation error).
 *       {@link io.aisle.lab.simulation.RealisedLabel} holds what actually happened.</li>
 * </ol>
 *
 * {@link io.aisle.lab.simulation.Simulation#run} streams everything to a
 * {@link io.aisle.lab.simulation.HistorySink} customer by customer (or keeps it, for tests);
 * {@link io.aisle.lab.simulation.BestAchievable} scores the ground truth against the realised
 * labels: the AUC and R² that learned models are compared with. {@code SimulatorCommand} runs it from
 * the command line.
 */
package io.aisle.lab.simulation;

