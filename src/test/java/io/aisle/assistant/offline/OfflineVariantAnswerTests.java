package io.aisle.assistant.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import io.aisle.assistant.Asker;
import io.aisle.assistant.internal.ChatTurn;
import io.aisle.assistant.internal.Reply;
import io.aisle.assistant.internal.ShopToolbox;
import io.aisle.catalog.ProductForm;
import io.aisle.catalog.ProductService;
import io.aisle.catalog.VariantForm;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Asked about a product sold in sizes, the assistant tells each size's price and stock from the live catalog. */
class OfflineVariantAnswerTests extends ApiTest {

    @Autowired
    private OfflineResponder responder;

    @Autowired
    private ShopToolbox toolbox;

    @Autowired
    private ProductService products;

    @Test
    void tellsThePriceAndStockOfEachSize() {
        String sku = unique("PARKA").toUpperCase();
        String name = "Zqvariant Parka " + sku.substring(sku.length() - 6);
        products.create(new ProductForm(sku, name, "Testbrand", "clothing", "A parka in sizes.",
                new BigDecimal("150.00"), null, null, null, null, null, null, List.of("Size"),
                List.of(new VariantForm(sku + "-S", List.of("S"), new BigDecimal("150.00"), null, 7, null),
                        new VariantForm(sku + "-L", List.of("L"), new BigDecimal("160.00"), null, 0, null)),
                null));

        Reply reply = responder.reply(new ChatTurn("How much is the " + name + "?", List.of(),
                toolbox.forAsker(Asker.guest("variants", "127.0.0.1"))));

        assertThat(reply.text()).contains("costs from $150.00").contains("S $150.00").contains("L $160.00 (out of stock)");
    }
}
