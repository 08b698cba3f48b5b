package io.aisle.platform.web;

import io.aisle.platform.CurrentUser;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's header and the bearer scheme, so Swagger UI's "Authorize" takes an access token;
 * every status an operation answers, with the problem schema for errors ({@link HandlerResponses},
 * {@link ProblemResponses}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI aisleOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Aisle API").version("v1")
                        .description("""
                                The Aisle shop's REST API. Sign in with POST /api/v1/auth/login and send the access \
                                token as 'Authorization: Bearer <token>'. Every error is an RFC 9457 \
                                application/problem+json document.""")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    OperationCustomizer handlerResponses() {
        return new HandlerResponses();
    }

    @Bean
    OpenApiCustomizer problemResponses(ObjectProvider<WebInvocationPrivilegeEvaluator> access) {
        return new ProblemResponses(access);
    }

    /** The signed-in user comes from the token, never from a parameter: keep it out of the document. */
    @Bean
    OperationCustomizer signedInUserIsNoParameter() {
        return (operation, handler) -> {
            Set<String> fromToken = Arrays.stream(handler.getMethodParameters())
                    .filter(p -> p.nestedIfOptional().getNestedParameterType() == CurrentUser.class)
                    .map(MethodParameter::getParameterName)
                    .collect(Collectors.toSet());
            if (operation.getParameters() != null) {
                operation.getParameters().removeIf(p -> fromToken.contains(p.getName()));
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer noCurrentUserSchema() {
        return openApi -> {
            if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
                openApi.getComponents().getSchemas().remove(CurrentUser.class.getSimpleName());
            }
        };
    }
}
