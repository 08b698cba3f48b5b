package io.aisle.media.internal;

import io.aisle.media.ImageRejectedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Downloads a picture for the catalog import: http(s) only, at most the upload byte limit (read no further),
 * within the import timeout, body included: a server that sends its answer a byte now and then, or stops halfway,
 * has its connection closed at the deadline. What it returns still goes through every check of an upload.
 */
public final class ImageDownloader {

    /** Closes bodies still being read at their deadline; one daemon thread for every download. */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "image-download-deadline");
        thread.setDaemon(true);
        return thread;
    });

    private final HttpClient http;
    private final long maxBytes;
    private final Duration timeout;

    public ImageDownloader(long maxBytes, Duration timeout) {
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public byte[] download(URI source) {
        if (source.getScheme() == null || !source.getScheme().matches("(?i)https?") || source.getHost() == null) {
            throw ImageRejectedException.notFetched("only http and https addresses can be imported.");
        }
        HttpRequest request = HttpRequest.newBuilder(source).timeout(timeout).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw ImageRejectedException.notFetched("the server answered HTTP " + response.statusCode() + ".");
                }
                ScheduledFuture<?> stop = DEADLINES.schedule(() -> closeQuietly(body),
                        Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                try {
                    return readAtMost(body);
                } catch (IOException e) {
                    if (System.nanoTime() - deadline >= 0) {
                        throw ImageRejectedException.notFetched("the server did not send the picture in time.");
                    }
                    throw e;
                } finally {
                    stop.cancel(false);
                }
            }
        } catch (HttpTimeoutException e) {
            throw ImageRejectedException.notFetched("the server did not answer in time.");
        } catch (IOException e) {
            throw ImageRejectedException.notFetched("the server cannot be reached.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ImageRejectedException.notFetched("interrupted.");
        }
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // the reader learns of it from its own read
        }
    }

    private byte[] readAtMost(InputStream body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int n;
        while ((n = body.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
            if (out.size() > maxBytes) {
                throw ImageRejectedException.tooManyBytes(maxBytes);
            }
        }
        return out.toByteArray();
    }
}
