package io.aisle.lab.simulation;

/**
 * Runs a simulation from the command line and prints what it made and the best achievable scores:
 * {@code SimulatorCommand [customers [months [seed]]]}, by default 10 000 customers, 12 months, seed 42.
 */
public final class SimulatorCommand {

    private SimulatorCommand() {}

    public static void main(String[] args) {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int months = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        SimulationSettings settings = SimulationSettings.of(customers, months, seed);
        long started = System.nanoTime();
        SimulationSummary summary = new SimulationSummary();
        Simulation.run(settings, summary);
        BestAchievable best = summary.best();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("customers  %d%n", summary.customers());
        System.out.printf("orders     %d%n", summary.orders());
        System.out.printf("events     %d%n", summary.events());
        System.out.printf("cutoff     %s, horizon %d days%n", settings.cutoff(), settings.horizonDays());
        System.out.printf("churn rate %.3f%n", summary.churnRate());
        System.out.printf("best AUC   %.4f%n", best.churnAuc());
        System.out.printf("best R²    %.4f%n", best.spendRSquared());
        System.out.printf("elapsed    %.1f s%n", seconds);
    }
}
