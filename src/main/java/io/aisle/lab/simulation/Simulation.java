package io.aisle.lab.simulation;

import java.time.LocalDate;

/**
 * Runs the customer simulator. Deterministic: the same settings give the same history, event for
 * event, because every customer draws from their own stream derived from the seed and their id.
 */
public final class Simulation {

    private Simulation() {}

    /** Runs the simulation and keeps all of it; for tests and a few thousand customers. */
    public static SimulatedHistory run(SimulationSettings settings) {
        InMemoryHistory history = new InMemoryHistory();
        run(settings, history);
        return history.history();
    }

    /** Runs the simulation, handing each customer's history to the sink as soon as it is made. */
    public static void run(SimulationSettings settings, HistorySink sink) {
        run(settings, Catalog.sample(), sink);
    }

    public static void run(SimulationSettings settings, Catalog catalog, HistorySink sink) {
        ExactForecast forecast = new ExactForecast(
                settings.chain(), settings.population().cancelProbability(), settings.horizonDays());
        CustomerLife life = new CustomerLife(settings, forecast, sink);
        for (long id = 1; id <= settings.customers(); id++) {
            RandomDraws draws = RandomDraws.forCustomer(settings.seed(), id);
            int signupDay = draws.below(settings.totalDays());
            LocalDate signupDate = settings.start().plusDays(signupDay);
            SimulatedCustomer customer = settings.population().draw(id, signupDate, draws);
            sink.customer(customer);
            life.live(new Shopper(customer, catalog), signupDay, draws);
        }
    }
}
