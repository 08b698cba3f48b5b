package io.aisle.lab.simulation;

/**
 * The daily Markov chain of engagement, and how active each state is. An engaged customer drifts into
 * lapsing; a lapsing one either comes back or goes dormant; a dormant one rarely recovers. All
 * probabilities are per day.
 *
 * @param lapse engaged → lapsing
 * @param reengage lapsing → engaged
 * @param fallDormant lapsing → dormant
 * @param recover dormant → engaged
 * @param lapsingActivity the share of the customer's visit rate left while lapsing
 * @param dormantActivity the share left while dormant
 */
public record EngagementChain(
        double lapse, double reengage, double fallDormant, double recover, double lapsingActivity, double dormantActivity) {

    /** Engaged for about 100 days on average, lapsing for about 20, dormant for about 2 years. */
    public static final EngagementChain DEFAULT = new EngagementChain(0.01, 0.02, 0.03, 0.0015, 0.3, 0.02);

    public EngagementChain {
        if (reengage + fallDormant > 1) {
            throw new IllegalArgumentException("lapsing customers cannot leave with probability above 1");
        }
    }

    public double activity(Engagement state) {
        return switch (state) {
            case ENGAGED -> 1;
            case LAPSING -> lapsingActivity;
            case DORMANT -> dormantActivity;
        };
    }

    public double probability(Engagement from, Engagement to) {
        double[] row = switch (from) {
            case ENGAGED -> new double[] {1 - lapse, lapse, 0};
            case LAPSING -> new double[] {reengage, 1 - reengage - fallDormant, fallDormant};
            case DORMANT -> new double[] {recover, 0, 1 - recover};
        };
        return row[to.ordinal()];
    }

    Engagement next(Engagement from, RandomDraws draws) {
        double u = draws.uniform();
        return switch (from) {
            case ENGAGED -> u < lapse ? Engagement.LAPSING : Engagement.ENGAGED;
            case LAPSING -> u < reengage ? Engagement.ENGAGED : u < reengage + fallDormant ? Engagement.DORMANT : Engagement.LAPSING;
            case DORMANT -> u < recover ? Engagement.ENGAGED : Engagement.DORMANT;
        };
    }
}
