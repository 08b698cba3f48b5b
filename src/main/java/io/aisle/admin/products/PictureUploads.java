package io.aisle.admin.products;

import io.aisle.platform.UploadPath;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The edit page's picture form and the catalog import's file form post multipart bodies larger than the 1 MiB of
 * other forms.
 */
@Configuration
class PictureUploads {

    @Bean
    UploadPath productPictureForm() {
        return new UploadPath("/admin/products/*/images");
    }

    @Bean
    UploadPath productCsvForm() {
        return new UploadPath("/admin/products/import");
    }
}
