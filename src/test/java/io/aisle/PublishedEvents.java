package io.aisle;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The events the application publishes on any thread (HTTP requests, scheduled jobs) during each test; Spring's
 * {@code @RecordApplicationEvents} sees only the test's own thread. Register it as a field with
 * {@code @RegisterExtension}. Tests share one context, so they filter by their own customers.
 */
public final class PublishedEvents implements ApplicationListener<PayloadApplicationEvent<?>>, BeforeEachCallback,
        AfterEachCallback {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @Override
    public void beforeEach(ExtensionContext test) {
        events.clear();
        context(test).addApplicationListener(this);
    }

    @Override
    public void afterEach(ExtensionContext test) {
        context(test).removeApplicationListener(this);
    }

    private static ConfigurableApplicationContext context(ExtensionContext test) {
        return (ConfigurableApplicationContext) SpringExtension.getApplicationContext(test);
    }

    @Override
    public void onApplicationEvent(PayloadApplicationEvent<?> event) {
        events.add(event.getPayload());
    }

    public <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
