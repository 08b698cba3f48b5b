package io.aisle.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import io.aisle.lab.simulation.SimulationSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.FileSystemUtils;

/**
 * Every command the README documents, run the way a user runs it: {@code java -jar target/aisle-<version>.jar
 * <command> ...}, a process of its own from the jar that {@code package} built, judged by its exit code and what
 * it prints; most from that jar extracted with a class data sharing archive, as docs/operations.md tells operators
 * to start faster. They run in the order listed, on one fresh {@code AISLE_HOME}: the archive's training run creates
 * the embedded database and the commands reuse it (the import feeds the evaluation, the export's customers the
 * training). Each start costs seconds, so each command runs once, on small data; help and usage errors are
 * answered before the application starts.
 *
 * <p>A new command is one more line in {@link #documentedCommands()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackagedCommandsIT {

    private static final Path WORK = Path.of("target", "commands-it");
    /** The 45 customers of src/test/resources/online-retail, gzipped as the real file is. */
    private static final Path SLICE = WORK.resolve("online_retail_slice.csv.gz");
    private static final Path TRAINING_FILE = WORK.resolve("training.csv");
    /** The shop's catalog as exported, and the same file exported again from a shop that imported it into nothing. */
    private static final Path PRODUCTS = WORK.resolve("products.csv");
    private static final Path PRODUCTS_AGAIN = WORK.resolve("products-again.csv");
    private static final Path BAD_PRODUCTS = WORK.resolve("bad-products.csv");
    /** A second shop with no catalog at all, for the export's round trip. */
    private static final String[] EMPTY_SHOP = {"--aisle.home=" + WORK.resolve("empty-home").toAbsolutePath(),
            "--aisle.catalog.seed=false"};
    private static final long TIMEOUT_SECONDS = 240;
    /** A backup of the shop the commands above filled, its catalog as exported then, and a new home to restore it in. */
    private static final Path BACKUP = WORK.resolve("backup");
    private static final Path BACKED_UP_PRODUCTS = WORK.resolve("backed-up-products.csv");
    private static final Path RESTORED_PRODUCTS = WORK.resolve("restored-products.csv");
    private static final String[] RESTORED_SHOP = {"--aisle.home=" + WORK.resolve("restored-home").toAbsolutePath(),
            "--aisle.insights.demo-customers=0"};

    private static final Path HELP_HOME = WORK.resolve("help-home").toAbsolutePath();
    /**
     * The jar extracted and its class data sharing archive, made as docs/operations.md tells operators: most
     * commands run from there with the quick compiler only (a start then costs a third of the CPU), the first
     * ones from the packaged jar itself.
     */
    private static final Path EXTRACTED = WORK.resolve("application").toAbsolutePath();
    private static final Path ARCHIVE = EXTRACTED.resolve("application.jsa");

    /** The shop's port, held by this test: a command that started a web server would fail to bind it. */
    private ServerSocket shopPort;
    /** A shop of its own beside which backup and restore run, started first: it starts while the commands run. */
    private static final Path RUNNING_HOME = WORK.resolve("running-home").toAbsolutePath();
    private int runningPort;
    private Process runningShop;

    Stream<Invocation> documentedCommands() {
        return Stream.of(
                run("help", "--aisle.home=" + HELP_HOME).exits(0, "import-online-retail", "[--file=PATH]",
                        "evaluate-online-retail", "train", "export-training-data", "reconcile-payments",
                        "[--target=churn|spend|all]", "import-products", "export-products", "backup", "--to=DIR",
                        "restore", "--from=DIR [--force]")
                        // answered before the application starts: it would have made the home and its database
                        .then(output -> assertThat(HELP_HOME).doesNotExist()).fromThePackagedJar(),
                run("export-products", "--file=" + PRODUCTS).exits(0, "products to " + PRODUCTS).fromThePackagedJar(),
                run("import-products", "--file=" + PRODUCTS).exits(0, "Importing " + PRODUCTS, " 0 created, "),
                run("import-products", "--file=" + BAD_PRODUCTS)
                        .exits(1, "The file has errors; nothing was imported.", "row 3, Variant Price: is required"),
                run(with(EMPTY_SHOP, "import-products", "--file=" + PRODUCTS)).exits(0, " 0 updated."),
                run(with(EMPTY_SHOP, "export-products", "--file=" + PRODUCTS_AGAIN))
                        .exits(0, "products to " + PRODUCTS_AGAIN).then(output -> sameFile(PRODUCTS, PRODUCTS_AGAIN)),
                run(with(EMPTY_SHOP, "seed-catalog", "--products=3", "--force"))
                        .exits(0, "Added 3 products (", "; 0 were there already."),
                run("import-products").exits(2, "--file=PATH is required", "usage: import-products --file=PATH"),
                run("import-online-retail", "--file=" + SLICE)
                        .exits(0, "customers in file 45, imported 44; products 1,027; orders 125 with 2,019 lines"),
                run("import-online-retail", "--file=" + SLICE).exits(1, "Already imported", "was imported by run 1"),
                run("evaluate-online-retail", "--test-cutoff=2011-09-10", "--horizon-days=90")
                        .exits(0, "import 1: 44 customers", "holdout customers 35", "| BG/NBD P(no purchase in H) |"),
                run("export-training-data", "--customers=300", "--months=12", "--file=" + TRAINING_FILE)
                        .exits(0, "customers to " + TRAINING_FILE).then(PackagedCommandsIT::wroteOneLinePerCustomer),
                run("train", "--target=all", horizonReachingTheExportedCustomers())
                        .exits(0, "[" + "#".repeat(30) + "] 100 %  done", "churn: model 1",
                                "spend: model 2"),
                run("reconcile-payments", "--dry-run").exits(0, "Consistent: every paid order has exactly one charge"),
                run("export-products", "--file=" + BACKED_UP_PRODUCTS).exits(0, "products to " + BACKED_UP_PRODUCTS),
                run("backup", "--to=" + BACKUP).exits(0, "Backed up database aisle (schema version ", "keep it as safe"),
                run("backup", "--to=" + BACKUP).exits(1, "already exists and is not empty"),
                run("restore", "--from=" + BACKUP).exits(1, "The database aisle is not empty", "only with --force"),
                run(with(RESTORED_SHOP, "restore", "--from=" + BACKUP)).exits(0, "Restored database aisle (schema version "),
                run(with(RESTORED_SHOP, "export-products", "--file=" + RESTORED_PRODUCTS))
                        .exits(0, "products to " + RESTORED_PRODUCTS)
                        .then(output -> sameFile(BACKED_UP_PRODUCTS, RESTORED_PRODUCTS)),
                run("restore").exits(2, "--from=DIR is required", "usage: restore --from=DIR [--force]"),
                run("tarin").exits(2, "Unknown command: tarin", "export-training-data"),
                run("train", "--target=happiness")
                        .exits(2, "train: --target must be churn, spend or all, not happiness", "usage: train [--target="));
    }

    @BeforeAll
    void freshHomeAndAGzippedSlice() throws IOException, InterruptedException {
        FileSystemUtils.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        try (InputStream slice = getClass().getResourceAsStream("/online-retail/online_retail_slice.csv");
                OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(SLICE))) {
            slice.transferTo(gzip);
        }
        shopPort = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        runningPort = freePort();
        runningShop = startShop(RUNNING_HOME, runningPort);
        extractTheJarAndArchiveItsClasses();
        Files.writeString(BAD_PRODUCTS, """
                Handle,Title,Vendor,Type,Option1 Name,Option1 Value,Variant SKU,Variant Price
                cup,Cup,Acme,Kitchen,Size,Small,CUP-S,4.00
                cup,,,,,Large,CUP-L,
                """);
    }

    /**
     * docs/operations.md's commands: extract the jar, then a training run that stops once the application's
     * context is refreshed and archives the classes it loaded, without serving (the shop's port, held here, stays
     * free). It runs on the commands' home, whose database it installs and migrates as the first command would.
     */
    private void extractTheJarAndArchiveItsClasses() throws IOException, InterruptedException {
        Ran extracted = run(List.of(java(), "-Djarmode=tools", "-jar", jar().toAbsolutePath().toString(), "extract",
                "--destination", EXTRACTED.toString()), WORK, "extract");
        assertThat(extracted.exitCode()).as(extracted.output()).isZero();
        Ran training = run(List.of(java(), "-XX:ArchiveClassesAtExit=application.jsa", "-Dspring.context.exit=onRefresh",
                "-jar", jar().getFileName().toString()), EXTRACTED, "training");
        assertThat(training.exitCode()).as(training.output()).isZero();
        assertThat(ARCHIVE).isNotEmptyFile();
    }

    private static String[] with(String[] shop, String... args) {
        return Stream.concat(Stream.of(args), Stream.of(shop)).toArray(String[]::new);
    }

    private static void sameFile(Path expected, Path actual) {
        try {
            assertThat(Files.readString(actual)).isEqualTo(Files.readString(expected));
            assertThat(Files.readAllLines(expected)).hasSizeGreaterThan(30);
        } catch (IOException e) {
            fail("no export at " + actual, e);
        }
    }

    @AfterAll
    void stopTheShopAndReleaseItsPort() throws IOException, InterruptedException {
        shopPort.close();
        if (runningShop != null) {
            runningShop.destroy();
            if (!runningShop.waitFor(60, TimeUnit.SECONDS)) {
                runningShop.destroyForcibly().waitFor();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedCommands")
    void runsFromThePackagedJarWithItsExitCodeAndOutput(Invocation invocation) throws Exception {
        Ran ran = launch(invocation.args(), invocation.packaged());

        assertThat(ran.exitCode()).as(ran.output()).isEqualTo(invocation.exitCode());
        assertThat(ran.output()).contains(invocation.printed());
        invocation.check().accept(ran.output());
    }

    /**
     * {@code backup} beside a shop that runs on the embedded database joins that shop's own server (a second
     * server on the same files is never started), while {@code restore} refuses to replace the database under it.
     */
    @Test
    void backsUpAShopRunningOnTheEmbeddedDatabaseAndRefusesToRestoreUnderIt() throws Exception {
        Path backup = WORK.resolve("running-backup");
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + runningPort + "/readyz")).build();
        await().atMost(Duration.ofSeconds(TIMEOUT_SECONDS)).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(runningShop.isAlive()).as("the shop runs; see " + WORK.resolve("running-shop.log")).isTrue();
            try {
                return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });

        Ran backedUp = launch(List.of("backup", "--to=" + backup, "--aisle.home=" + RUNNING_HOME), false);
        Ran restored = launch(List.of("restore", "--from=" + backup, "--aisle.home=" + RUNNING_HOME), false);

        assertThat(backedUp.exitCode()).as(backedUp.output()).isZero();
        assertThat(backedUp.output()).contains("Backed up database aisle (schema version ");
        assertThat(backup.resolve("database.sql")).content().contains("CREATE TABLE `orders`");
        assertThat(restored.exitCode()).as(restored.output()).isEqualTo(1);
        assertThat(restored.output()).contains("is running; stop it first");
        assertThat(http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
    }

    private Process startShop(Path home, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(java(), "-jar", jar().toString(), "--logging.level.root=WARN")
                .redirectErrorStream(true).redirectOutput(WORK.resolve("running-shop.log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("AISLE_"));
        builder.environment().put("AISLE_HOME", home.toString());
        builder.environment().put("AISLE_PORT", Integer.toString(port));
        builder.environment().put("AISLE_MANAGEMENT_PORT", Integer.toString(freePort()));
        builder.environment().put("AISLE_INSIGHTS_DEMO_CUSTOMERS", "0");
        return builder.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** How a run ended: its exit code and what it printed (stdout and stderr). */
    private record Ran(int exitCode, String output) {
    }

    /**
     * Runs {@code java -jar <jar> args --logging.level.root=WARN}, from the packaged jar or from the extracted one
     * with its archive, and waits for it to end.
     */
    private Ran launch(List<String> args, boolean packaged) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java()));
        if (!packaged) {
            // docs/operations.md's flags for a command: the classes from the archive, and only the quick compiler
            command.addAll(List.of("-XX:SharedArchiveFile=" + ARCHIVE, "-XX:TieredStopAtLevel=1"));
        }
        command.addAll(List.of("-jar", (packaged ? jar() : EXTRACTED.resolve(jar().getFileName())).toString()));
        command.addAll(args);
        command.add("--logging.level.root=WARN");
        return run(command, Path.of("."), args.get(0));
    }

    /** Runs a JVM in {@code dir} on the commands' home and waits for it to end. */
    private Ran run(List<String> command, Path dir, String name) throws IOException, InterruptedException {
        Path log = WORK.resolve(name + "-" + System.nanoTime() + ".log").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // the developer's own settings (an AISLE_DB_URL, say) must not reach these runs
        builder.environment().keySet().removeIf(variable -> variable.startsWith("AISLE_"));
        builder.environment().put("AISLE_HOME", WORK.resolve("home").toAbsolutePath().toString());
        builder.environment().put("AISLE_PORT", Integer.toString(shopPort.getLocalPort()));
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            fail("%s still ran after %d s:%n%s", String.join(" ", command), TIMEOUT_SECONDS, printed(log));
        }
        return new Ran(process.exitValue(), printed(log));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("aisle.jar", "target/aisle.jar"));
        assertThat(jar).as("the packaged jar (run ./mvnw verify, which packages it first)").isRegularFile();
        return jar;
    }

    /** The output as text; the process writes in the platform's encoding, so a stray byte must not fail the read. */
    private static String printed(Path log) throws IOException {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    }

    /**
     * The exported customers live in the simulation's default year, while a shop trains on its data as of
     * now: the horizon (a documented setting) reaches back from today to that simulation's own cutoff.
     */
    private static String horizonReachingTheExportedCustomers() {
        LocalDate cutoff = SimulationSettings.of(300, 12, 42).cutoff();
        long days = ChronoUnit.DAYS.between(cutoff, LocalDate.now(ZoneOffset.UTC));
        return "--aisle.insights.horizon-days=" + days;
    }

    private static void wroteOneLinePerCustomer(String output) {
        Matcher wrote = Pattern.compile("Wrote (\\d+) customers").matcher(output);
        assertThat(wrote.find()).as(output).isTrue();
        try {
            List<String> lines = Files.readAllLines(TRAINING_FILE);
            assertThat(lines.get(0)).startsWith("customer_id,order_count,total_spend,");
            assertThat(lines).hasSize(Integer.parseInt(wrote.group(1)) + 1);
        } catch (IOException e) {
            fail("no training file at " + TRAINING_FILE, e);
        }
    }

    private static Invocation run(String... args) {
        return new Invocation(List.of(args), 0, new String[0], output -> { }, false);
    }

    /**
     * A command line, the exit code it must end with, what it must print, any further check of its output, and
     * whether it runs from the packaged jar rather than the extracted one.
     */
    record Invocation(List<String> args, int exitCode, String[] printed, Consumer<String> check, boolean packaged) {

        Invocation exits(int code, String... expected) {
            return new Invocation(args, code, expected, check, packaged);
        }

        Invocation then(Consumer<String> further) {
            return new Invocation(args, exitCode, printed, further, packaged);
        }

        Invocation fromThePackagedJar() {
            return new Invocation(args, exitCode, printed, check, true);
        }

        @Override
        public String toString() {
            return "java -jar aisle.jar " + String.join(" ", args);
        }
    }
}
