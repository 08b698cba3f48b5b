package io.aisle.platform.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An embedded server owned by another JVM, as a running app owns it: started by {@link #main} in a child
 * JVM on the test's own class path, which the tests then kill with SIGKILL like {@code kill -9}.
 */
final class ChildJvmServer implements AutoCloseable {

    private final Process jvm;
    final int port;
    final long serverPid;

    private ChildJvmServer(Process jvm, int port, long serverPid) {
        this.jvm = jvm;
        this.port = port;
        this.serverPid = serverPid;
    }

    /** Starts a JVM that owns the server of {@code home} and waits until the server is ready. */
    static ChildJvmServer start(Path home, boolean stopWithApp) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process jvm = new ProcessBuilder(List.of(java.toString(), "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                ChildJvmServer.class.getName(), home.toString(), Boolean.toString(stopWithApp)))
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder log = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("READY ")) {
                String[] parts = line.split(" ");
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "child-jvm-output");
                drain.setDaemon(true);
                drain.start();
                return new ChildJvmServer(jvm, Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
            }
            log.append(line).append('\n');
        }
        throw new IllegalStateException("The child JVM exited before its server was ready:\n" + log);
    }

    long jvmPid() {
        return jvm.pid();
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook runs. */
    void kill() throws InterruptedException {
        jvm.destroyForcibly();
        jvm.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
        ProcessHandle.of(serverPid).ifPresent(ProcessHandle::destroyForcibly);
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of(args[0]), Boolean.parseBoolean(args[1]));
        System.out.println("READY " + db.port() + " " + db.process().orElseThrow().pid());
        System.out.flush();
        Thread.currentThread().join();
    }
}
