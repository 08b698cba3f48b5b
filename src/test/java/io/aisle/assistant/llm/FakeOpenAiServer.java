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
public final class FakeOpenAiServer implements AutoCloseable {

    private final HttpServer server;
    private final JsonMapper json;
    public final List<JsonNode> requests = new CopyOnWriteArrayList<>();

    public FakeOpenAiServer(JsonMapper json, int status, Function<JsonNode, String> script) throws IOException {
        this.json = json;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            JsonNode request = json.readTree(exchange.getRequestBody().readAllBytes());
            requests.add(request);
            String answer = status == 200 ? script.apply(request) : "{\"error\":{\"message\":\"down\"}}";
            boolean stream = status == 200 && request.has("stream") && request.get("stream").asBoolean();
            byte[] body = (stream ? streamed(answer) : answer).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", stream ? "text/event-stream" : "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public String baseUrl() {
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

    public String text(String content) {
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

    /** A completion as OpenAI streams it: the text a word at a time, tool calls in one chunk, then [DONE]. */
    private String streamed(String completion) {
        JsonNode choice = json.readTree(completion).get("choices").get(0);
        JsonNode message = choice.get("message");
        StringBuilder events = new StringBuilder();
        if (message.hasNonNull("content")) {
            for (String piece : message.get("content").asString().split("(?<= )")) {
                var delta = json.createObjectNode().put("content", piece);
                events.append(chunk(delta, null));
            }
        }
        if (message.has("tool_calls")) {
            var calls = json.createArrayNode();
            int index = 0;
            for (JsonNode call : message.get("tool_calls")) {
                var streamedCall = calls.addObject().put("index", index++).put("id", call.get("id").asString())
                        .put("type", "function");
                streamedCall.set("function", call.get("function"));
            }
            var delta = json.createObjectNode().put("role", "assistant");
            delta.set("tool_calls", calls);
            events.append(chunk(delta, null));
        }
        events.append(chunk(json.createObjectNode(), choice.get("finish_reason").asString()));
        return events.append("data: [DONE]\n\n").toString();
    }

    private String chunk(JsonNode delta, String finish) {
        var root = json.createObjectNode().put("id", "chatcmpl-test").put("object", "chat.completion.chunk")
                .put("created", 1).put("model", "test-model");
        var choice = root.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        if (finish == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finish);
        }
        return "data: " + json.writeValueAsString(root) + "\n\n";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
