package io.aisle.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The OpenAPI document as read by a client: its operations and the statuses each one lists. */
record ApiDocument(List<Operation> operations, Map<String, Object> schemas) {

    /** One operation: its method, its path template and its responses by status. */
    record Operation(String method, String path, Map<String, Map<String, Object>> responses, boolean hasBody) {

        boolean lists(int status) {
            // "default" is the document's 500 and 503; a client error must be listed by its own number
            return responses.containsKey(String.valueOf(status)) || status >= 500 && responses.containsKey("default");
        }

        boolean hasPathVariables() {
            return path.contains("{");
        }

        /** The path with every variable set to {@code value}. */
        String uri(String value) {
            return path.replaceAll("\\{[^}]+}", value);
        }

        private Pattern pattern() {
            return Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
        }

        private long variables() {
            return path.chars().filter(c -> c == '{').count();
        }
    }

    @SuppressWarnings("unchecked")
    static ApiDocument of(Map<String, Object> json) {
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) json.get("paths");
        List<Operation> operations = paths.entrySet().stream()
                .flatMap(path -> path.getValue().entrySet().stream()
                        .filter(op -> Set.of("get", "post", "put", "patch", "delete").contains(op.getKey()))
                        .map(op -> new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                                (Map<String, Map<String, Object>>) op.getValue().get("responses"),
                                op.getValue().containsKey("requestBody"))))
                .toList();
        return new ApiDocument(operations, (Map<String, Object>) ((Map<String, Object>) json.get("components")).get("schemas"));
    }

    /** The operation a request was for: the matching template with the fewest variables ("search" beats "{id}"). */
    Optional<Operation> operationOf(String method, String uri) {
        return operations.stream()
                .filter(op -> op.method().equals(method) && op.pattern().matcher(uri).matches())
                .min(Comparator.comparingLong(Operation::variables));
    }

    Operation operation(String method, String path) {
        return operations.stream().filter(op -> op.method().equals(method) && op.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("The document has no " + method + " " + path));
    }
}
