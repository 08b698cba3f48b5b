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

/**
 * Downloads a picture for the catalog import: http(s) only, at most the upload byte limit (read no further),
 * within the import timeout. What it returns still goes through every check of an upload.
 */
public final class ImageDownloader {

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
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw ImageRejectedException.notFetched("the server answered HTTP " + response.statusCode() + ".");
                }
                return readAtMost(body);
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
