package io.aisle.platform.telemetry;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fake OpenTelemetry collector at the edge: it accepts OTLP/HTTP trace exports ({@code POST /v1/traces}, protobuf)
 * on a free loopback port and decodes the spans' trace id, name and string attributes with a minimal reader of the
 * protobuf wire format (the fields of opentelemetry-proto's {@code ExportTraceServiceRequest} it needs).
 */
final class OtlpCollector implements AutoCloseable {

    /** A received span. */
    record Span(String traceId, String name, Map<String, String> attributes) {
    }

    private final HttpServer server;
    private final List<Span> spans = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    OtlpCollector() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            try (InputStream body = exchange.getRequestBody()) {
                if (exchange.getRequestURI().getPath().equals("/v1/traces")) {
                    spans.addAll(decode(ByteBuffer.wrap(body.readAllBytes())));
                }
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<Span> spans() {
        return List.copyOf(spans);
    }

    /** Every request received, as "METHOD /path". */
    List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** ExportTraceServiceRequest: 1 resource_spans; ResourceSpans: 2 scope_spans; ScopeSpans: 2 spans. */
    private static List<Span> decode(ByteBuffer request) {
        List<Span> found = new ArrayList<>();
        for (ByteBuffer resourceSpans : fields(request, 1)) {
            for (ByteBuffer scopeSpans : fields(resourceSpans, 2)) {
                for (ByteBuffer span : fields(scopeSpans, 2)) {
                    found.add(span(span));
                }
            }
        }
        return found;
    }

    /** Span: 1 trace_id, 5 name, 9 attributes (KeyValue: 1 key, 2 AnyValue: 1 string_value). */
    private static Span span(ByteBuffer span) {
        String traceId = HexFormat.of().formatHex(bytes(fields(span, 1).get(0)));
        String name = text(fields(span, 5).get(0));
        Map<String, String> attributes = new LinkedHashMap<>();
        for (ByteBuffer attribute : fields(span, 9)) {
            List<ByteBuffer> value = fields(attribute, 2);
            List<ByteBuffer> string = value.isEmpty() ? List.of() : fields(value.get(0), 1);
            attributes.put(text(fields(attribute, 1).get(0)), string.isEmpty() ? null : text(string.get(0)));
        }
        return new Span(traceId, name, attributes);
    }

    /** The length-delimited fields with this number in a message, skipping the others. */
    private static List<ByteBuffer> fields(ByteBuffer message, int number) {
        ByteBuffer in = message.duplicate();
        List<ByteBuffer> found = new ArrayList<>();
        while (in.hasRemaining()) {
            long key = varint(in);
            int type = (int) (key & 7);
            switch (type) {
                case 0 -> varint(in);
                case 1 -> in.position(in.position() + 8);
                case 5 -> in.position(in.position() + 4);
                case 2 -> {
                    int length = (int) varint(in);
                    ByteBuffer field = in.slice(in.position(), length);
                    in.position(in.position() + length);
                    if (key >>> 3 == number) {
                        found.add(field);
                    }
                }
                default -> throw new IllegalArgumentException("unexpected protobuf wire type " + type);
            }
        }
        return found;
    }

    private static long varint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    private static byte[] bytes(ByteBuffer field) {
        byte[] bytes = new byte[field.remaining()];
        field.duplicate().get(bytes);
        return bytes;
    }

    private static String text(ByteBuffer field) {
        return new String(bytes(field), StandardCharsets.UTF_8);
    }
}
