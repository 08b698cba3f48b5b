package io.aisle.platform.database;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Holds back the DataSource until the embedded server it points at runs. The server starts on a thread of its
 * own while Spring builds the context (seconds each, more on a first start, which installs the server); nothing
 * connects before the DataSource exists, so this is the one place that waits. A server that failed to start
 * fails the DataSource, and with it the application's start, with the server's own reason.
 */
final class DataSourceAwaitsServer implements BeanPostProcessor {

    private final EmbeddedMariaDb db;

    DataSourceAwaitsServer(EmbeddedMariaDb db) {
        this.db = db;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource) {
            db.awaitRunning();
        }
        return bean;
    }
}
