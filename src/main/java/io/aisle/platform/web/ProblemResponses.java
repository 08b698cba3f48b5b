package io.aisle.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * Every error of the document as what the shop really sends: an {@code application/problem+json}
 * {@code Problem}. Adds the statuses that depend on the path, asking the security rules themselves (the
 * ones that guard the requests) rather than restating them: 401 everywhere (a missing token where one is
 * needed, an invalid one anywhere), 403 where a signed-in customer is refused. The {@code default} answer
 * stands for 500 and 503 (busy or unavailable database).
 */
class ProblemResponses implements OpenApiCustomizer {

    static final String PROBLEM_TYPE = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Authentication GUEST = new AnonymousAuthenticationToken("openapi", "guest",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    private static final Authentication CUSTOMER = UsernamePasswordAuthenticationToken.authenticated("customer", null,
            AuthorityUtils.createAuthorityList("ROLE_CUSTOMER"));

    private final ObjectProvider<WebInvocationPrivilegeEvaluator> access;

    ProblemResponses(ObjectProvider<WebInvocationPrivilegeEvaluator> access) {
        this.access = access;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents()
                .addSchemas("FieldError", new ObjectSchema()
                        .addProperty("field", new StringSchema().description("The parameter or field, e.g. shippingAddress.city"))
                        .addProperty("message", new StringSchema().description("What is wrong with it"))
                        .required(List.of("field", "message")))
                .addSchemas("Problem", new ObjectSchema()
                        .description("An RFC 9457 problem: every error of the API")
                        .addProperty("type", new StringSchema())
                        .addProperty("title", new StringSchema())
                        .addProperty("status", new IntegerSchema())
                        .addProperty("detail", new StringSchema().description("Written for the caller; says what to do"))
                        .addProperty("instance", new StringSchema())
                        .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError")))
                        .required(List.of("status", "title")));
        if (openApi.getPaths() != null) {
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> describe(path, method.name(), operation)));
        }
    }

    private void describe(String path, String method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        String uri = path.replaceAll("\\{[^}]+}", "1");
        WebInvocationPrivilegeEvaluator rules = access.getIfAvailable();
        boolean forGuests = rules == null || rules.isAllowed("", uri, method, GUEST);
        HandlerResponses.add(responses, "401", forGuests
                ? "An access token was sent, but it is invalid or expired (this operation needs none)."
                : "Not signed in: the access token is missing, invalid or expired.");
        if (rules != null && !rules.isAllowed("", uri, method, CUSTOMER)) {
            HandlerResponses.add(responses, "403", "Signed in, but only an admin may do this.");
        }
        responses.addApiResponse("default", new ApiResponse()
                .description("Something went wrong on the shop's side (500), or its database is busy or unavailable "
                        + "(503, with Retry-After)."));
        responses.forEach((status, response) -> {
            if (!status.startsWith("2") && !status.startsWith("3")) {
                response.setContent(new Content().addMediaType(PROBLEM_TYPE,
                        new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))));
            }
        });
        operation.setResponses(sorted(responses));
    }

    /** In the order of their status, {@code default} last, as a reader scans them. */
    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        responses.entrySet().stream().sorted(Map.Entry.comparingByKey(
                        Comparator.comparing((String status) -> status.equals("default")).thenComparing(status -> status)))
                .forEach(e -> sorted.addApiResponse(e.getKey(), e.getValue()));
        return sorted;
    }
}
