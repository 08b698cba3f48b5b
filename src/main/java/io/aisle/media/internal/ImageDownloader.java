package io.aisle.media.internal;

import io.aisle.media.ImageRejectedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
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

    private static final int MAX_REDIRECTS = 5;

    private final HttpClient http;
    private final long maxBytes;
    private final Duration timeout;
    private final boolean privateAddresses;

    /**
     * {@code privateAddresses} allows loopback, private, link-local and unique-local hosts (a shop importing from
     * its own network, and tests); otherwise every hop of a download must be a public address.
     */
    public ImageDownloader(long maxBytes, Duration timeout, boolean privateAddresses) {
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.privateAddresses = privateAddresses;
        // redirects are followed here, one hop at a time, so that each hop's address is checked
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public byte[] download(URI source) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            URI at = source;
            for (int hop = 0; ; hop++) {
                check(at);
                HttpRequest request = HttpRequest.newBuilder(at).timeout(timeout).GET().build();
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                String location = response.headers().firstValue("Location").orElse(null);
                if (response.statusCode() / 100 == 3 && location != null) {
                    response.body().close();
                    if (hop == MAX_REDIRECTS) {
                        throw ImageRejectedException.notFetched("the address redirects too often.");
                    }
                    at = at.resolve(location);
                    continue;
                }
                return body(response, deadline);
            }
        } catch (HttpTimeoutException e) {
            throw ImageRejectedException.notFetched("the server did not answer in time.");
        } catch (IllegalArgumentException e) {
            throw ImageRejectedException.notFetched("the address is not a valid http(s) address.");
        } catch (IOException e) {
            throw ImageRejectedException.notFetched("the server cannot be reached.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ImageRejectedException.notFetched("interrupted.");
        }
    }

    /** Only http(s), and unless allowed, only hosts whose every address is public. */
    private void check(URI address) throws IOException {
        if (address.getScheme() == null || !address.getScheme().matches("(?i)https?") || address.getHost() == null) {
            throw ImageRejectedException.notFetched("only http and https addresses can be imported.");
        }
        if (privateAddresses) {
            return;
        }
        for (InetAddress ip : InetAddress.getAllByName(address.getHost())) {
            boolean uniqueLocal = ip instanceof Inet6Address && (ip.getAddress()[0] & 0xfe) == 0xfc;
            if (ip.isLoopbackAddress() || ip.isAnyLocalAddress() || ip.isLinkLocalAddress() || ip.isSiteLocalAddress()
                    || ip.isMulticastAddress() || uniqueLocal) {
                throw ImageRejectedException.notFetched("the address is not on the public internet ("
                        + "AISLE_MEDIA_IMPORT_PRIVATE_ADDRESSES allows it).");
            }
        }
    }

    /** The picture's bytes, read until the download's deadline, when the connection is closed under the reader. */
    private byte[] body(HttpResponse<InputStream> response, long deadline) throws IOException {
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
