package io.aisle.platform.web;

import io.aisle.platform.UploadPath;
import java.time.Duration;
import java.util.List;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArgumentResolver());
    }

    /**
     * Boot would register this filter because the WebJars locator turns the resource chain on (it backs off
     * when a registration exists, so this disabled one replaces it). It makes every Thymeleaf link ask the
     * classpath whether it is a static resource, uncached when it is not: that cost most of a page's time.
     * We use no content-hash URLs, so it has nothing to rewrite.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    /**
     * Replaces Boot's error controller (it backs off when one exists). Only in a web application: a command
     * runs without a web server, and so without the {@link ErrorAttributes} this controller needs.
     */
    @Bean
    @ConditionalOnWebApplication
    BasicErrorController basicErrorController(ErrorAttributes errorAttributes, WebProperties web,
            ObjectProvider<ErrorViewResolver> resolvers) {
        return new ProblemErrorController(errorAttributes, web.getError(), resolvers.orderedStream().toList());
    }

    /**
     * Tomcat's own error answer becomes a problem on API URLs. Boot adds its error valve to the host in a
     * customizer of its own; this one runs later, so its valve sits deeper in the pipeline and answers first.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> context.getParent().getPipeline()
                .addValve(new ProblemErrorReportValve()));
    }

    @Bean
    FilterRegistrationBean<RequestBodyFilter> requestBodyFilter(JsonMapper json,
            @Value("${aisle.web.slow-body-threads}") int slowBodyThreads,
            @Value("${aisle.web.body-timeout}") Duration bodyTimeout,
            @Value("${aisle.web.max-upload-size}") DataSize maxUpload, ObjectProvider<UploadPath> uploadPaths) {
        FilterRegistrationBean<RequestBodyFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyFilter(new BodyReader(slowBodyThreads, bodyTimeout), json, maxUpload.toBytes(),
                        uploadPaths.orderedStream().toList()));
        // before security, so that a body is refused before anything reads it
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * A body's reads time out after the body timeout (headers keep Tomcat's connection timeout), and the
     * body filter gets what it needs from Tomcat ({@link RequestBodyValve}).
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> slowBodies(
            @Value("${aisle.web.body-timeout}") Duration bodyTimeout) {
        return factory -> {
            factory.addContextCustomizers(context -> context.getPipeline().addValve(new RequestBodyValve()));
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                    http.setDisableUploadTimeout(false);
                    http.setConnectionUploadTimeout((int) bodyTimeout.toMillis());
                }
            });
        };
    }
}
