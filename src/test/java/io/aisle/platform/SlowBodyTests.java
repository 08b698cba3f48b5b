package io.aisle.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aisle.ApiTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clients that send a request's headers and then its body a byte at a time (the "slow POST" attack) must
 * not take every thread of the shop. Raw sockets against the test server; every socket is closed at the
 * end, so the server the other API tests share is left as it was.
 */
class SlowBodyTests extends ApiTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void answersOtherRequestsWhileThreeHundredConnectionsTrickleTheirBodies() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                slow.add(startSlowBody());
            }
            HttpResponse<String> listing = CLIENT.send(HttpRequest.newBuilder(uri("/api/v1/products?size=1"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(listing.statusCode()).isEqualTo(200);
            for (int i = 0; i < 10; i++) {
                // a sign-in's small body follows its headers at once: it needs none of the waiting threads
                assertThat(login(ADMIN_EMAIL, ADMIN_PASSWORD).get("accessToken")).isNotNull();
            }

            // most are refused at once and their connections closed, instead of being read to the end
            await().atMost(Duration.ofSeconds(10)).until(() -> slow.stream().filter(SlowBodyTests::answered).count() >= 200);
            Socket refused = slow.stream().filter(SlowBodyTests::answered).findFirst().orElseThrow();
            String answer = readToEnd(refused);
            assertThat(answer).startsWith("HTTP/1.1 503").containsIgnoringCase("Retry-After: 1")
                    .contains("application/problem+json");
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void answers408AndClosesTheConnectionWhenABodyDoesNotArriveInTime() throws Exception {
        try (Socket socket = startSlowBody()) {
            socket.setSoTimeout(20_000);
            String answer = readToEnd(socket); // ends when the server closes the connection
            assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json");
        }
    }

    /** Sends the headers of a login with a 900,000-byte body, and its first byte. */
    private Socket startSlowBody() throws IOException {
        Socket socket = new Socket("localhost", port);
        socket.getOutputStream().write(("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 900000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private static boolean answered(Socket socket) {
        try {
            return socket.getInputStream().available() > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readToEnd(Socket socket) throws IOException {
        socket.setSoTimeout(Math.max(socket.getSoTimeout(), 5_000));
        InputStream in = socket.getInputStream();
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
