package io.aisle.productcsv;

import io.aisle.platform.InvalidRequestException;
import io.aisle.productcsv.data.ImportRunRepository;
import io.aisle.productcsv.internal.ImportExecution;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Imports of Shopify product CSVs: {@link #start} queues one in the background (one at a time on this instance; the
 * import lock puts those of all instances one after another), {@link #importNow} runs one on the caller's thread
 * (the command). Either way a run is recorded with its progress and report, and a file with any error changes
 * nothing.
 */
@Service
public class CatalogImports implements DisposableBean {

    /** The largest file accepted (about 50,000 variant rows), as large as an upload may be by default. */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private final ImportRunRepository runs;
    private final ImportExecution execution;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "product-import");
        thread.setDaemon(true);
        return thread;
    });

    CatalogImports(ImportRunRepository runs, ImportExecution execution, Clock clock) {
        this.runs = runs;
        this.execution = execution;
        this.clock = clock;
    }

    /** Queues the import of {@code file} and returns its run at once; follow it with {@link #get}. */
    public ImportRun start(String filename, byte[] file, String requestedBy) {
        long id = queue(filename, file, requestedBy);
        worker.execute(() -> execution.execute(id, file, (phase, products, processed) -> { }));
        return get(id);
    }

    /** Imports {@code file} now, telling {@code listener} how far it is; returns the finished run. */
    public ImportRun importNow(String filename, byte[] file, String requestedBy, ImportProgress listener) {
        long id = queue(filename, file, requestedBy);
        execution.execute(id, file, listener);
        return get(id);
    }

    public ImportRun get(long id) {
        return runs.findById(id, clock.instant()).orElseThrow(() -> new ImportRunNotFoundException(id));
    }

    /** The latest runs, newest first. */
    public List<ImportRun> recent(int limit) {
        return runs.findRecent(limit, clock.instant());
    }

    private long queue(String filename, byte[] file, String requestedBy) {
        if (file.length == 0) {
            throw new InvalidRequestException("file", "is empty");
        }
        if (file.length > MAX_FILE_BYTES) {
            throw new InvalidRequestException("file", "is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB");
        }
        return runs.insert(name(filename), requestedBy, clock.instant());
    }

    /** The file's own name without any path a browser sent, at most 255 characters. */
    private static String name(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/').replaceAll("\\p{Cntrl}", "");
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = name.isEmpty() ? "products.csv" : name;
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
