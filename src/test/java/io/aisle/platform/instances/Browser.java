package io.aisle.platform.instances;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A browser's cookie jar over plain HTTP, used against several instances of the shop on one host: cookies are
 * per host, not per port, so a browser behind a load balancer sends the same ones to every instance.
 */
final class Browser {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return keep(HTTP.send(request(port, path).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Posts a form with the CSRF token a page of the given instance carries, as a browser posts a page's form. */
    HttpResponse<String> post(int port, String path, String tokenPage, Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher token = FORM_TOKEN.matcher(get(port, tokenPage).body());
        if (!token.find()) {
            throw new IllegalStateException(tokenPage + " has no form with a CSRF token");
        }
        String form = Stream.concat(fields.entrySet().stream(), Stream.of(Map.entry("_csrf", token.group(1))))
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return keep(HTTP.send(request(port, path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Opens an event stream; its lines arrive in the answer's body as they are sent. */
    HttpResponse<Stream<String>> stream(int port, String path, String lastEventId)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(port, path).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofLines());
    }

    private HttpRequest.Builder request(int port, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private <T> HttpResponse<T> keep(HttpResponse<T> response) {
        List<String> set = response.headers().allValues("Set-Cookie");
        for (String cookie : set) {
            String[] nameValue = cookie.split(";", 2)[0].split("=", 2);
            boolean expired = cookie.toLowerCase().contains("max-age=0");
            if (expired || nameValue[1].isEmpty()) {
                cookies.remove(nameValue[0]);
            } else {
                cookies.put(nameValue[0], nameValue[1]);
            }
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
