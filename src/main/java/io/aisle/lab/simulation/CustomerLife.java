package io.aisle.lab.simulation;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Lives one customer day by day from sign-up to the end of the period: visits as a Poisson count at
 * the rate of the day's engagement, then the day's engagement transition. At the cutoff it takes the
 * ground truth from the state of that morning and from then on counts what really happens.
 */
final class CustomerLife {

    private static final int SECONDS_PER_DAY = 86_400;
    // visits start by 20:00 so a day's sessions (each under an hour) stay on that day
    private static final int LATEST_START = 20 * 3600;

    private final SimulationSettings settings;
    private final ExactForecast forecast;
    private final HistorySink sink;

    CustomerLife(SimulationSettings settings, ExactForecast forecast, HistorySink sink) {
        this.settings = settings;
        this.forecast = forecast;
        this.sink = sink;
    }

    void live(Shopper shopper, int signupDay, RandomDraws draws) {
        EngagementChain chain = settings.chain();
        Visit visit = new Visit(shopper, settings.population().cancelProbability(), draws, sink);
        long startEpochDay = settings.start().toEpochDay();
        int cutoffDay = settings.cutoffDay();
        int horizonEnd = cutoffDay + settings.horizonDays();
        GroundTruth truth = null;
        BigDecimal spend = BigDecimal.ZERO;
        boolean purchased = false;
        Engagement state = Engagement.ENGAGED;
        // a visit starts after the previous one ended, across days too, so events stay in time order
        long free = Long.MIN_VALUE;
        for (int day = signupDay; day < settings.totalDays(); day++) {
            if (day == cutoffDay) {
                truth = forecast.at(shopper, state);
            }
            int visits = draws.poisson(shopper.customer().sessionRate() * chain.activity(state));
            long[] starts = new long[visits];
            for (int v = 0; v < visits; v++) {
                starts[v] = (startEpochDay + day) * SECONDS_PER_DAY + draws.below(LATEST_START);
            }
            Arrays.sort(starts);
            for (long start : starts) {
                SimulatedOrder order = visit.play(Math.max(start, free));
                free = visit.endSecond() + 60;
                if (order != null) {
                    sink.order(order);
                    if (!order.cancelled() && day >= cutoffDay && day < horizonEnd) {
                        purchased = true;
                        spend = spend.add(order.total());
                    }
                }
            }
            state = chain.next(state, draws);
        }
        if (truth != null) {
            sink.cutoff(truth, new RealisedLabel(shopper.customer().id(), !purchased, spend.doubleValue()));
        }
    }
}
