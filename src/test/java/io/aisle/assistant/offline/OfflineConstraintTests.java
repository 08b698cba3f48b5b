package io.aisle.assistant.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.assistant.Asker;
import io.aisle.assistant.AssistantApiTest;
import io.aisle.assistant.internal.ChatTurn;
import io.aisle.assistant.internal.Reply;
import io.aisle.assistant.internal.ShopToolbox;
import io.aisle.catalog.Product;
import io.aisle.catalog.ProductService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/**
 * The offline assistant turns the constraints of a question (price limits, category, brand, rating, stock)
 * into search filters: every product an answer shows, and every price its text quotes, meets them, checked
 * against the live catalog; when nothing does, it says so and shows nothing else.
 */
class OfflineConstraintTests extends AssistantApiTest {

    private static final Pattern PRICE = Pattern.compile("\\$([\\d,]+\\.\\d{2})");

    @Autowired
    private OfflineResponder responder;

    @Autowired
    private ShopToolbox toolbox;

    @Autowired
    private ProductService products;

    private Reply ask(String question) {
        Reply reply = responder.reply(new ChatTurn(question, List.of(), toolbox.forAsker(Asker.guest("constraints", "127.0.0.1"))));
        System.out.println(question + "\n" + reply.text() + "\n" + reply.products().stream().map(Product::name).toList());
        return reply;
    }

    /** The answer's products as the catalog has them now, not as the answer says. */
    private List<Product> live(Reply reply) {
        return products.findAll(reply.products().stream().map(Product::id).toList());
    }

    private static List<BigDecimal> quotedPrices(Reply reply) {
        Matcher m = PRICE.matcher(reply.text());
        List<BigDecimal> prices = new java.util.ArrayList<>();
        while (m.find()) {
            prices.add(new BigDecimal(m.group(1).replace(",", "")));
        }
        return prices;
    }

    @Test
    void aGiftForARunnerUnder50ShowsOnlyProductsUnder50AndNoLightingKit() {
        String brand = unique("Pacebrand").replace("-", "");
        long armband = newProduct("sports", brand, brand + " Reflective Running Armband for Runners",
                new BigDecimal("19.00"), 40);
        try {
            Reply reply = ask("a gift for a runner under $50");

            assertThat(reply.products()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
            assertThat(live(reply)).hasSameSizeAs(reply.products())
                    .allSatisfy(p -> assertThat(p.price()).isLessThan(new BigDecimal("50.00")))
                    .noneSatisfy(p -> assertThat(p.sku()).isEqualTo("PHL-HUE-WCA-A19-4"));
            assertThat(quotedPrices(reply)).isNotEmpty()
                    .allSatisfy(p -> assertThat(p).isLessThan(new BigDecimal("50")));
            assertThat(reply.text()).doesNotContain("Hue").contains("under $50");
        } finally {
            // the evaluation set's "recommend something for running" expects the seed's running shoes on top
            api.delete().uri("/api/v1/products/{id}", armband).header(HttpHeaders.AUTHORIZATION, adminBearer())
                    .exchange().expectStatus().isNoContent();
        }
    }

    @Test
    void belowThirtyDollarsInACategoryShowsOnlyThatCategoryBelowThePrice() {
        Reply reply = ask("Do you have books below 30 dollars?");

        assertThat(live(reply)).isNotEmpty().allSatisfy(p -> {
            assertThat(p.category().slug()).isEqualTo("books");
            assertThat(p.price()).isLessThan(new BigDecimal("30"));
        });
        assertThat(quotedPrices(reply)).isNotEmpty().allSatisfy(p -> assertThat(p).isLessThan(new BigDecimal("30")));
    }

    @Test
    void betweenTwoPricesShowsOnlyProductsInTheRange() {
        Reply reply = ask("headphones between $200 and $300");

        assertThat(live(reply)).isNotEmpty().allSatisfy(p -> assertThat(p.price())
                .isBetween(new BigDecimal("200"), new BigDecimal("300")));
        assertThat(live(reply)).extracting(Product::sku).contains("APL-APP2-USBC");
    }

    @Test
    void overAPriceShowsOnlyDearerProducts() {
        Reply reply = ask("Show me running shoes over $100");

        assertThat(live(reply)).isNotEmpty().allSatisfy(p -> assertThat(p.price()).isGreaterThan(new BigDecimal("100")));
        assertThat(live(reply)).extracting(Product::sku).contains("HOK-CLIFTON9-M", "BRK-GHOST16-M");
    }

    @Test
    void fromABrandShowsOnlyThatBrand() {
        Reply reply = ask("Anything from Sony under $1000?");

        assertThat(live(reply)).isNotEmpty().allSatisfy(p -> {
            assertThat(p.brand()).isEqualTo("Sony");
            assertThat(p.price()).isLessThan(new BigDecimal("1000"));
        });
        assertThat(live(reply)).extracting(Product::sku).doesNotContain("SNY-ILCE7M4-BDY");
    }

    @Test
    void ratedFourStarsOrMoreShowsOnlyProductsRatedThatWell() {
        String brand = unique("Starbrand").replace("-", "");
        long loved = newProduct("sports", brand, brand + " Box Kite", new BigDecimal("21.00"), 9);
        long liked = newProduct("sports", brand, brand + " Delta Kite", new BigDecimal("23.00"), 9);
        long disliked = newProduct("sports", brand, brand + " Stunt Kite", new BigDecimal("19.00"), 9);
        review(newCustomer(), loved, 5);
        review(newCustomer(), liked, 4);
        review(newCustomer(), disliked, 2);

        Reply ranked = ask("Do you have " + brand + " kites rated 4 stars or more?");
        Reply listed = ask("Anything from " + brand + " rated 4 stars or more?");
        Reply halfStar = ask("Anything from " + brand + " with a rating of 4.5 or higher?");

        assertThat(ranked.products()).extracting(Product::id).containsExactlyInAnyOrder(loved, liked);
        assertThat(listed.products()).extracting(Product::id).containsExactlyInAnyOrder(loved, liked);
        assertThat(live(ranked)).allSatisfy(p -> assertThat(p.ratingAverage()).isGreaterThanOrEqualTo(new BigDecimal("4")));
        assertThat(halfStar.products()).extracting(Product::id).containsExactly(loved);
    }

    @Test
    void inStockShowsOnlyProductsInStock() {
        String brand = unique("Stockbrand").replace("-", "");
        long available = newProduct("home-garden", brand, brand + " Bamboo Wind Chime", new BigDecimal("12.00"), 3);
        newProduct("home-garden", brand, brand + " Glass Wind Chime", new BigDecimal("14.00"), 0);

        Reply reply = ask("Show me " + brand + " wind chimes in stock");

        assertThat(reply.products()).extracting(Product::id).containsExactly(available);
        assertThat(live(reply)).allSatisfy(p -> assertThat(p.stock()).isPositive());
        assertThat(reply.text()).doesNotContain("Glass Wind Chime");
    }

    @Test
    void aYesOrNoQuestionAboutStockStillAnswersWithTheProductsStock() {
        Reply reply = ask("Is the PlayStation 5 in stock?");

        assertThat(reply.text()).contains("PlayStation 5").contains("out of stock");
    }

    @Test
    void whenNothingFitsItSaysSoAndShowsNoProducts() {
        Reply reply = ask("a gift for a runner under $2");

        assertThat(reply.products()).isEmpty();
        assertThat(reply.text()).contains("I found nothing").contains("under $2");
        assertThat(quotedPrices(reply)).isEmpty();
    }

    @Test
    void limitsNoPriceCanMeetAnswerThroughTheApiWithoutAnError() {
        Map<?, ?> huge = ask(newCustomer(), "headphones under $99999999999999999999 rated 9 stars");
        Map<?, ?> contradictory = ask(newCustomer(), "headphones over $500 under $20");

        assertThat((String) huge.get("answer")).contains("WH-1000XM5");
        assertThat(maps(contradictory.get("products"))).allSatisfy(p -> assertThat(new BigDecimal(
                String.valueOf(p.get("price")))).isLessThan(new BigDecimal("20")));
    }

    @Test
    void showsOnlyTheProductsTheAnswerNames() {
        Reply reply = ask("How much is the Kindle Paperwhite?");

        assertThat(live(reply)).extracting(Product::sku).containsExactly("AMZ-KPW12-16");
    }
}
