package io.aisle.media.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import io.aisle.media.ImageRejectedException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A picture server that answers its headers and then stalls cannot hold an import past the timeout. */
class ImageDownloaderTests {

    private HttpServer server;
    private final CountDownLatch released = new CountDownLatch(1);

    @BeforeEach
    void stallingServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/stall.jpg", exchange -> {
            exchange.sendResponseHeaders(200, 1_000_000);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(new byte[] {(byte) 0xFF, (byte) 0xD8});
                body.flush();
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.io.IOException closed) {
                // the downloader hung up, as it should
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        released.countDown();
        server.stop(0);
    }

    @Test
    void givesUpOnABodyThatStopsComingAtTheTimeout() {
        ImageDownloader downloader = new ImageDownloader(10_000_000, Duration.ofSeconds(1));
        URI stalling = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/stall.jpg");

        // without the deadline the read would wait for ever: fail then instead of hanging the build
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> assertThatThrownBy(() -> downloader.download(stalling))
                .isInstanceOf(ImageRejectedException.class).hasMessageContaining("in time"));
    }
}
