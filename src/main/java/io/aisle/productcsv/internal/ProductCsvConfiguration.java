package io.aisle.productcsv.internal;

import io.aisle.platform.UploadPath;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ProductCsvConfiguration {

    /** A catalog file arrives as a multipart body larger than the 1 MiB of other requests. */
    @Bean
    UploadPath productCsvUploads() {
        return new UploadPath("/api/v1/admin/products/imports");
    }
}
