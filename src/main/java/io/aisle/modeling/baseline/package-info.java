/**
 * The classic customer-base baseline, in plain Java with no Spring: the models any churn or
 * next-period-spend model of the shop has to beat before it earns its complexity.
 *
 * <ul>
 *   <li>{@link io.aisle.modeling.baseline.BgNbdModel}: the beta-geometric / negative binomial model of
 *       repeat purchases and of whether a customer is still "alive": Fader, Hardie and Lee, "'Counting
 *       Your Customers' the Easy Way: An Alternative to the Pareto/NBD Model", <i>Marketing Science</i>
 *       24(2), 2005, 275–284.</li>
 *   <li>{@link io.aisle.modeling.baseline.GammaGammaModel}: the spend per transaction: Fader, Hardie and
 *       Lee, "RFM and CLV: Using Iso-Value Curves for Customer Base Analysis", <i>Journal of Marketing
 *       Research</i> 42(4), 2005, 415–430; and Fader and Hardie, "The Gamma-Gamma Model of Monetary
 *       Value" (2013).</li>
 *   <li>{@link io.aisle.modeling.baseline.ClvBaseline}: both together, one forecast per customer for a
 *       horizon.</li>
 * </ul>
 *
 * Inputs are {@link io.aisle.modeling.baseline.CustomerSummary} values (frequency, recency, age and
 * mean repeat spend at a calibration cutoff), built from a customer's purchases with
 * {@link io.aisle.modeling.baseline.CustomerSummary#atCutoff}. Both models are fitted by maximum
 * likelihood and reproduce the published CDNOW parameters (see the tests).
 */
@NamedInterface("baseline")
package io.aisle.modeling.baseline;

import org.springframework.modulith.NamedInterface;

