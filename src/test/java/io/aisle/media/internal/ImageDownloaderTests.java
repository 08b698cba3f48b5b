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
        ImageDownloader downloader = new ImageDownloader(10_000_000, Duration.ofSeconds(1), true);
        URI stalling = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/stall.jpg");

        // without the deadline the read would wait for ever: fail then instead of hanging the build
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> assertThatThrownBy(() -> downloader.download(stalling))
                .isInstanceOf(ImageRejectedException.class).hasMessageContaining("in time"));
    }

    @Test
    void refusesLoopbackPrivateAndRedirectedToPrivateAddressesUnlessAllowed() throws Exception {
        ImageDownloader downloader = new ImageDownloader(10_000_000, Duration.ofSeconds(1), false);
        int port = server.getAddress().getPort();
        server.createContext("/hop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/picture.jpg");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/picture.jpg", exchange -> {
            exchange.sendResponseHeaders(200, 3);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(new byte[] {1, 2, 3});
            }
        });

        for (String address : new String[] {"http://127.0.0.1:" + port + "/stall.jpg", "http://localhost:" + port + "/x.jpg",
                "http://10.1.2.3/a.jpg", "http://192.168.0.1/a.jpg", "http://169.254.169.254/latest/meta-data",
                "http://[::1]:" + port + "/a.jpg", "http://[fd00::1]/a.jpg"}) {
            assertThatThrownBy(() -> downloader.download(URI.create(address))).as(address)
                    .isInstanceOf(ImageRejectedException.class).hasMessageContaining("not on the public internet");
        }
        // redirects are followed one hop at a time, each hop through the same check
        ImageDownloader allowing = new ImageDownloader(10_000_000, Duration.ofSeconds(1), true);
        org.assertj.core.api.Assertions.assertThat(allowing.download(URI.create("http://127.0.0.1:" + port + "/hop")))
                .containsExactly(1, 2, 3);
        assertThatThrownBy(() -> downloader.download(URI.create("http://127.0.0.1:" + port + "/hop")))
                .isInstanceOf(ImageRejectedException.class).hasMessageContaining("not on the public internet");
    }
}
