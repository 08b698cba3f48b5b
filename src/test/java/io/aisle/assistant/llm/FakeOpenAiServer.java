package io.aisle.assistant.llm;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local OpenAI-compatible chat completions server for tests: records every request body (parsed:
 * LangChain4j pretty-prints it) and answers with what the test's script returns for it.
 */
final class FakeOpenAiServer implements AutoCloseable {

    private final HttpServer server;
    private final JsonMapper json;
    final List<JsonNode> requests = new CopyOnWriteArrayList<>();

    FakeOpenAiServer(JsonMapper json, int status, Function<JsonNode, String> script) throws IOException {
        this.json = json;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            JsonNode request = json.readTree(exchange.getRequestBody().readAllBytes());
            requests.add(request);
            byte[] body = (status == 200 ? script.apply(request) : "{\"error\":{\"message\":\"down\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** True once the conversation sent holds a tool result: then the fake must answer in text. */
    static boolean hasToolResult(JsonNode request) {
        for (JsonNode message : request.get("messages")) {
            if ("tool".equals(message.get("role").asString())) {
                return true;
            }
        }
        return false;
    }

    /** The tool results of the request, joined. */
    static String toolResults(JsonNode request) {
        StringBuilder results = new StringBuilder();
        for (JsonNode message : request.get("messages")) {
            if ("tool".equals(message.get("role").asString())) {
                results.append(message.get("content").asString()).append('\n');
            }
        }
        return results.toString();
    }

    String toolCalls(String... nameAndArguments) {
        var calls = json.createArrayNode();
        for (int i = 0; i < nameAndArguments.length; i += 2) {
            var call = calls.addObject().put("id", "call_" + i).put("type", "function");
            call.putObject("function").put("name", nameAndArguments[i]).put("arguments", nameAndArguments[i + 1]);
        }
        var message = json.createObjectNode().put("role", "assistant").putNull("content");
        message.set("tool_calls", calls);
        return completion(message, "tool_calls");
    }

    String text(String content) {
        return completion(json.createObjectNode().put("role", "assistant").put("content", content), "stop");
    }

    private String completion(JsonNode message, String finish) {
        var root = json.createObjectNode().put("id", "chatcmpl-test").put("object", "chat.completion")
                .put("created", 1).put("model", "test-model");
        var choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", finish);
        choice.set("message", message);
        root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
        return json.writeValueAsString(root);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
