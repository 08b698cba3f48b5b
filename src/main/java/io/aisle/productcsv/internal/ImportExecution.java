package io.aisle.productcsv.internal;

import io.aisle.productcsv.ImportProgress;
import io.aisle.productcsv.ImportStatus;
import io.aisle.productcsv.RowError;
import io.aisle.productcsv.data.ImportRunRepository;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import: reads and checks the file, then has {@link CatalogWriter} write it in one transaction, and
 * records the outcome. Progress is written to the run in transactions of its own, so pages and other instances
 * see it while the import's transaction is still open.
 */
@Component
public class ImportExecution {

    private static final Logger log = LoggerFactory.getLogger(ImportExecution.class);
    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(250);

    private final ImportRunRepository runs;
    private final CatalogWriter writer;
    private final TransactionTemplate separately;
    private final Clock clock;

    ImportExecution(ImportRunRepository runs, CatalogWriter writer, PlatformTransactionManager transactions, Clock clock) {
        this.runs = runs;
        this.writer = writer;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    public void execute(long runId, byte[] file, ImportProgress listener) {
        Progress progress = new Progress(runId, listener);
        try {
            progress.report("reading", 0, 0, 0, true);
            ShopifyCsvReader.Parsed parsed = read(file);
            if (!parsed.valid()) {
                finish(runId, ImportStatus.FAILED, null, parsed.errors(), "The file has errors; nothing was imported.");
                return;
            }
            int rows = (int) parsed.rows();
            int total = parsed.products().size();
            progress.report("importing", rows, total, 0, true);
            CatalogWriter.Written written = writer.write(parsed.products(), "import run " + runId, done -> progress.report(
                    done < 0 ? "waiting for another import to finish" : "importing", rows, total, Math.max(done, 0),
                    done == total));
            finish(runId, ImportStatus.SUCCEEDED, written, List.of(), null);
        } catch (ImportRefusedException refused) {
            finish(runId, ImportStatus.FAILED, null, refused.errors(),
                    "Some rows do not fit the catalog; nothing was imported.");
        } catch (RuntimeException e) {
            log.warn("Product import {} failed", runId, e);
            finish(runId, ImportStatus.FAILED, null, List.of(),
                    "The import failed before it finished and changed nothing; the shop's log says why.");
        }
    }

    private static ShopifyCsvReader.Parsed read(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
            return ShopifyCsvReader.read(new StringReader(text));
        } catch (CharacterCodingException e) {
            return new ShopifyCsvReader.Parsed(List.of(), List.of(new RowError(1, "",
                    "the file is not UTF-8 text (save it as \"CSV UTF-8\")")), 0);
        }
    }

    private void finish(long runId, ImportStatus status, CatalogWriter.Written written, List<RowError> errors,
            String message) {
        List<RowError> listed = errors.size() > ShopifyCsvReader.MAX_ERRORS
                ? errors.subList(0, ShopifyCsvReader.MAX_ERRORS) : errors;
        separately.executeWithoutResult(tx -> runs.finish(runId, status, written == null ? 0 : written.created(),
                written == null ? 0 : written.updated(), errors.size(), listed, message, clock.instant()));
    }

    /** Writes progress at every phase change, and otherwise at most every {@link #PROGRESS_INTERVAL}. */
    private final class Progress {

        private final long runId;
        private final ImportProgress listener;
        private String lastPhase = "";
        private Instant lastWrite = Instant.EPOCH;

        Progress(long runId, ImportProgress listener) {
            this.runId = runId;
            this.listener = listener;
        }

        void report(String phase, int rows, int products, int processed, boolean force) {
            Instant now = clock.instant();
            if (!force && phase.equals(lastPhase) && now.isBefore(lastWrite.plus(PROGRESS_INTERVAL))) {
                return;
            }
            lastPhase = phase;
            lastWrite = now;
            separately.executeWithoutResult(tx -> runs.progress(runId, phase, rows, products, processed, now));
            listener.progress(phase, products, processed);
        }
    }
}
