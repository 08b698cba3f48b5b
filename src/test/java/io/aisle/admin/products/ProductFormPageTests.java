package io.aisle.admin.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.aisle.admin.AdminPageTest;
import io.aisle.catalog.Product;
import io.aisle.catalog.ProductNotFoundException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class ProductFormPageTests extends AdminPageTest {

    @Test
    void createsAProductAndOpensItsPageSayingSo() throws Exception {
        String sku = unique("NEW").toUpperCase();

        String location = mvc.perform(form(post("/admin/products"), sku, "Trail Mix Bar", "24.50", "8"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/products/*/edit"))
                .andExpect(flash().attribute("message", "Created Trail Mix Bar."))
                .andReturn().getResponse().getRedirectedUrl();

        Product created = products.get(Long.parseLong(location.split("/")[3]));
        assertThat(created.sku()).isEqualTo(sku);
        assertThat(created.price()).isEqualByComparingTo("24.50");
        assertThat(created.stock()).isEqualTo(8);
        assertThat(created.category().slug()).isEqualTo(CATEGORY);
    }

    @Test
    void showsEveryInvalidFieldNextToItWithTheInputKept() throws Exception {
        String html = mvc.perform(form(post("/admin/products"), "not a sku!", " ", "-1", "-1"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/products/form"))
                .andExpect(model().attributeHasFieldErrors("productForm", "sku", "name", "price", "stock"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(fieldOf(html, "sku")).contains("value=\"not a sku!\"", "aria-invalid=\"true\"",
                "may contain only letters, digits");
        assertThat(fieldOf(html, "name")).contains("is required");
        assertThat(fieldOf(html, "price")).contains("must be at least 0.00");
        assertThat(fieldOf(html, "stock")).contains("must be at least 0");
        assertThat(fieldOf(html, "brand")).doesNotContain("field-error");
    }

    @Test
    void saysWhatANumberFieldWantsWhenItCannotReadTheInput() throws Exception {
        String html = mvc.perform(form(post("/admin/products"), unique("NUM").toUpperCase(), "Fine name", "cheap", "a few"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("productForm", "price", "stock"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(fieldOf(html, "price")).contains("aria-invalid=\"true\"", "must be a number, like 19.99");
        assertThat(fieldOf(html, "stock")).contains("must be a whole number");
        assertThat(html).doesNotContain("Failed to convert", "NumberFormatException");
    }

    @Test
    void keepsTheInputAndSaysWhyWhenTheSkuIsTaken() throws Exception {
        String taken = products.get(product(word() + " First", 1)).sku();

        String html = mvc.perform(form(post("/admin/products"), taken, "Second of its SKU", "5.00", "1"))
                .andExpect(status().isConflict())
                .andExpect(view().name("admin/products/form"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("A product with SKU " + taken + " already exists", "value=\"Second of its SKU\"");
    }

    @Test
    void editsAProductFromItsFilledInForm() throws Exception {
        String word = word();
        long id = product(word + " Before", 4);
        Product before = products.get(id);

        String page = adminPage("/admin/products/{id}/edit", id);
        assertThat(fieldOf(page, "name")).contains("value=\"" + word + " Before\"");
        assertThat(element(page, "form", "product-form")).contains("action=\"/admin/products/" + id + "\"")
                .doesNotContain("name=\"stock\"");
        mvc.perform(form(post("/admin/products/{id}", id), before.sku(), word + " After", "21.00", null))
                .andExpect(redirectedUrl("/admin/products/" + id + "/edit"))
                .andExpect(flash().attribute("message", "Saved " + word + " After."));

        Product after = products.get(id);
        assertThat(after.name()).isEqualTo(word + " After");
        assertThat(after.price()).isEqualByComparingTo("21.00");
        assertThat(after.stock()).isEqualTo(4);
    }

    @Test
    void setsTheTaxClassAndShippingWeightFromTheForm() throws Exception {
        long id = product(word() + " Heavy book", 3);
        Product before = products.get(id);
        assertThat(fieldOf(adminPage("/admin/products/{id}/edit", id), "taxClass"))
                .contains("<option value=\"standard\" selected=\"selected\">Standard</option>", "<option value=\"reduced\">Reduced</option>");

        mvc.perform(form(post("/admin/products/{id}", id), before.sku(), before.name(), "12.00", null)
                        .param("taxClass", "reduced").param("weightGrams", "1250"))
                .andExpect(redirectedUrl("/admin/products/" + id + "/edit"));

        Product after = products.get(id);
        assertThat(after.taxClass()).isEqualTo("reduced");
        assertThat(after.weightGrams()).isEqualTo(1250);
        assertThat(fieldOf(adminPage("/admin/products/{id}/edit", id), "taxClass"))
                .contains("<option value=\"reduced\" selected=\"selected\">Reduced</option>");
    }

    @Test
    void refusesAnUnknownTaxClassAndAnImpossibleWeightNextToTheirFields() throws Exception {
        String html = mvc.perform(form(post("/admin/products"), unique("TAX").toUpperCase(), "Odd product", "5.00", "1")
                        .param("taxClass", "luxury").param("weightGrams", "1000001"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("productForm", "taxClass", "weightGrams"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(fieldOf(html, "taxClass")).contains("must be standard, reduced or zero");
        assertThat(fieldOf(html, "weightGrams")).contains("must be at most 1000000");
    }

    @Test
    void asksBeforeDeletingAndThenTakesTheProductOutOfTheCatalog() throws Exception {
        String name = word() + " Doomed";
        long id = product(name, 2);

        assertThat(adminPage("/admin/products/{id}/delete", id)).contains("Delete " + name + "?",
                "action=\"/admin/products/" + id + "/delete\"", ">Delete product</button>");
        mvc.perform(post("/admin/products/{id}/delete", id).with(signedInAsAdmin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/products"))
                .andExpect(flash().attribute("message", "Deleted " + name + ". Past orders keep their copy of it."));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> products.get(id))
                .isInstanceOf(ProductNotFoundException.class);
        mvc.perform(get("/admin/products/{id}/edit", id).with(signedInAsAdmin())).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String sku, String name,
            String price, String stock) {
        request.with(signedInAsAdmin()).with(csrf())
                .param("sku", sku).param("name", name).param("brand", "Testbrand").param("category", CATEGORY)
                .param("description", "Made on the admin's product form.").param("price", price)
                .param("imageUrl", ""); // a browser sends the empty optional field

        return stock == null ? request : request.param("stock", stock);
    }

    /** The form field of this input: label, input and its errors. */
    private static String fieldOf(String html, String name) {
        int input = html.indexOf("id=\"" + name + "\"");
        assertThat(input).as("field %s", name).isPositive();
        int start = html.lastIndexOf("<div class=\"field\">", input);
        return html.substring(start, html.indexOf("</div>", input));
    }
}
