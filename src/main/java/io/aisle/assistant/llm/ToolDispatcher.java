package io.aisle.assistant.llm;

import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import io.aisle.assistant.internal.ShopTools;
import io.aisle.assistant.internal.ToolRefusedException;
import io.aisle.platform.AisleException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the tool calls an LLM asks for on the asker's {@link ShopTools} and answers JSON. Arguments are
 * read by parameter name (hence {@code -parameters}); a user id is never among them. A failing call
 * answers {@code {"error": ...}} so the model can tell the customer, and never leaks an exception.
 */
@Component
class ToolDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ToolDispatcher.class);

    private final JsonMapper json;
    private final List<ToolSpecification> specifications = ToolSpecifications.toolSpecificationsFrom(ShopTools.class);
    private final Map<String, Method> methods = Arrays.stream(ShopTools.class.getMethods())
            .filter(m -> m.isAnnotationPresent(Tool.class))
            .collect(Collectors.toMap(Method::getName, Function.identity()));

    ToolDispatcher(JsonMapper json) {
        this.json = json;
    }

    List<ToolSpecification> specifications() {
        return specifications;
    }

    String execute(ShopTools tools, ToolExecutionRequest request) {
        Method method = methods.get(request.name());
        if (method == null) {
            return error("There is no tool named " + request.name() + ".");
        }
        try {
            Object result = method.invoke(tools, arguments(method, request.arguments()));
            return json.writeValueAsString(result);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ToolRefusedException refused) {
                return error(refused.getMessage());
            }
            if (e.getCause() instanceof AisleException problem) {
                return error(problem.detail());
            }
            log.warn("Assistant tool {} failed", request.name(), e.getCause());
            return error("The tool failed; tell the customer to try again later.");
        } catch (ArgumentMismatch e) {
            return error("The argument " + e.getMessage() + " (tool " + request.name() + ").");
        } catch (IllegalArgumentException | ReflectiveOperationException | tools.jackson.core.JacksonException e) {
            return error("The arguments do not fit the tool " + request.name() + ".");
        }
    }

    private Object[] arguments(Method method, String arguments) {
        JsonNode given = arguments == null || arguments.isBlank() ? json.createObjectNode() : json.readTree(arguments);
        Parameter[] parameters = method.getParameters();
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            JsonNode value = given.get(parameters[i].getName());
            values[i] = value == null || value.isNull() ? absent(parameters[i]) : value(parameters[i], value);
        }
        return values;
    }

    /** The argument as the parameter's type; one that does not convert is named, so the model can fix it. */
    private Object value(Parameter parameter, JsonNode value) {
        Class<?> type = parameter.getType();
        try {
            return json.treeToValue(value, type);
        } catch (tools.jackson.core.JacksonException e) {
            throw new ArgumentMismatch(parameter.getName() + " must be " + (type == Boolean.class ? "true or false"
                    : type == String.class ? "a string" : "a number"));
        }
    }

    private static Object absent(Parameter parameter) {
        if (parameter.getType().isPrimitive()) {
            throw new ArgumentMismatch(parameter.getName() + " is missing");
        }
        return null;
    }

    /** An argument the model sent does not fit its parameter. */
    private static final class ArgumentMismatch extends RuntimeException {

        ArgumentMismatch(String message) {
            super(message, null, false, false);
        }
    }

    private String error(String message) {
        return json.writeValueAsString(Map.of("error", message));
    }
}
