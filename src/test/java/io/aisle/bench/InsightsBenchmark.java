package io.aisle.bench;

import io.aisle.AisleApplication;
import io.aisle.insights.CustomerInsights;
import io.aisle.lab.loading.SimulationLoader;
import io.aisle.lab.simulation.SimulationSettings;
import io.aisle.modeling.CustomerFeatures;
import io.aisle.modeling.FeatureService;
import io.aisle.modeling.ModelTarget;
import io.aisle.training.TrainingJob;
import io.aisle.training.TrainingJobs;
import java.io.IOException;
import java.nio.file.Files;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The ML benchmark (bench/ml.sh): on a fresh AISLE_HOME, loads N simulated customers whose year ends
 * today, runs a real training job (features from the database, both targets, registration, scoring of
 * every buyer) and times its phases, then times single predictions in-process after warm-up, batch
 * scoring throughput, and memory. Prints markdown rows for docs/benchmarks.md.
 */
public final class InsightsBenchmark {

    private InsightsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path home = Path.of("target/bench-ml-home");
        deleteRecursively(home);
        ConfigurableApplicationContext context = new SpringApplication(AisleApplication.class).run(
                "--aisle.home=" + home.toAbsolutePath(), "--server.port=0", "--management.server.port=0",
                "--aisle.insights.demo-customers=0",
                "--aisle.insights.retrain-cron=-", "--aisle.insights.rescore-cron=-",
                "--aisle.security.admin-password=bench-admin-password", "--logging.level.root=WARN",
                "--logging.level.io.aisle.insights=INFO");
        try {
            run(context, customers);
        } finally {
            context.close();
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext context, int customers) throws InterruptedException {
        long started = System.nanoTime();
        context.getBean(SimulationLoader.class)
                .load(SimulationSettings.endingOn(LocalDate.now(ZoneOffset.UTC), customers, 12, 42));
        double loadSeconds = seconds(started);

        TrainingJobs jobs = context.getBean(TrainingJobs.class);
        started = System.nanoTime();
        TrainingJob job = jobs.start(EnumSet.allOf(ModelTarget.class), "benchmark");
        Map<String, Double> phaseStarts = new LinkedHashMap<>();
        while (!job.status().finished()) {
            phaseStarts.putIfAbsent(job.phase(), seconds(started));
            Thread.sleep(50);
            job = jobs.get(job.id());
        }
        double trainSeconds = seconds(started);
        if (job.status() != TrainingJob.Status.SUCCEEDED) {
            throw new IllegalStateException("training failed: " + job.message());
        }

        List<double[]> rows = context.getBean(FeatureService.class).featuresAsOf(Instant.now()).stream()
                .filter(f -> f.orderCount() > 0).map(CustomerFeatures::values).toList();
        CustomerInsights insights = context.getBean(CustomerInsights.class);
        for (int i = 0; i < 3_000; i++) {
            insights.predict(rows.get(i % rows.size()));
        }
        // the calling thread's CPU time too: on a shared machine a call that waits for a core shows in the wall
        // clock's tail but did no more work
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] latencies = new long[10_000];
        long[] cpu = new long[latencies.length];
        for (int i = 0; i < latencies.length; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            insights.predict(rows.get(i % rows.size()));
            latencies[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(latencies);
        Arrays.sort(cpu);

        double bestRate = 0;
        int scored = 0;
        long batchStarted = System.nanoTime();
        for (int round = 0; round < 3; round++) {
            long t = System.nanoTime();
            for (int from = 0; from < rows.size(); from += CustomerInsights.MAX_BATCH) {
                scored += insights.predict(rows.subList(from, Math.min(rows.size(), from + CustomerInsights.MAX_BATCH))).size();
            }
            bestRate = Math.max(bestRate, rows.size() / seconds(t));
        }
        double averageRate = scored / seconds(batchStarted);

        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long heapMiB = (runtime.totalMemory() - runtime.freeMemory()) / (1 << 20);

        System.out.printf("%n| simulated customers | %,d | loaded in %.1f s |%n", customers, loadSeconds);
        System.out.printf("| training job, total | %.1f s | %s |%n", trainSeconds, job.message());
        List<Map.Entry<String, Double>> phases = new ArrayList<>(phaseStarts.entrySet());
        phases.sort(Comparator.comparingDouble(Map.Entry::getValue));
        for (int i = 0; i < phases.size(); i++) {
            double end = i + 1 < phases.size() ? phases.get(i + 1).getValue() : trainSeconds;
            System.out.printf("| phase: %s | %.1f s | |%n", phases.get(i).getKey(), end - phases.get(i).getValue());
        }
        System.out.printf("| customer rows read by the job | %,d | |%n", job.rows());
        System.out.printf("| single prediction (churn + spend), in-process | p50 %.3f ms, p99 %.3f ms, max %.3f ms; CPU p50 %.3f ms, p99 %.3f ms | 10,000 calls after 3,000 warm-up |%n",
                latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.99)] / 1e6,
                latencies[latencies.length - 1] / 1e6, cpu[cpu.length / 2] / 1e6, cpu[(int) (cpu.length * 0.99)] / 1e6);
        System.out.printf("| batch scoring (both targets), %,d buyers in calls of %,d | best %,.0f customers/s, average %,.0f/s | |%n",
                rows.size(), CustomerInsights.MAX_BATCH, bestRate, averageRate);
        System.out.printf("| memory after GC | heap %d MiB, RSS %d MiB | |%n", heapMiB, rssMiB());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long rssMiB() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
