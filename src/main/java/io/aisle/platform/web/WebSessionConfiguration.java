package io.aisle.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.MySqlJdbcIndexedSessionRepositoryCustomizer;

/** Web sessions in the database (Spring Session JDBC; the tables are V32's). */
@Configuration(proxyBeanMethods = false)
class WebSessionConfiguration {

    /**
     * Writes a new attribute with an upsert: two parallel requests of one session that both add the same attribute
     * (a double-clicked "Add to cart" creating the guest cart) would otherwise clash on its primary key.
     */
    @Bean
    MySqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new MySqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
