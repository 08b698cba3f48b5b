package io.aisle.assistant.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.assistant.Asker;
import io.aisle.assistant.AssistantApiTest;
import io.aisle.assistant.internal.ChatTurn;
import io.aisle.assistant.internal.Reply;
import io.aisle.assistant.internal.ShopToolbox;
import io.aisle.catalog.Product;
import io.aisle.catalog.ProductService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The LLM passes a question's constraints as the product tools' parameters, against a local
 * OpenAI-compatible server: the tool definitions offer them with descriptions, what the model passes is
 * enforced on what the tools return (checked against the live catalog), and a value that makes no sense
 * answers the model with an error naming it, never with products.
 */
class LlmConstraintTests extends AssistantApiTest {

    @Autowired
    private JsonMapper json;

    @Autowired
    private ShopToolbox toolbox;

    @Autowired
    private ToolDispatcher dispatcher;

    @Autowired
    private ProductService products;

    /** Asks through a fake model that calls {@code tool} with {@code arguments}, then answers with the results. */
    private Reply askThrough(FakeOpenAiServer[] holder, List<JsonNode> seen, String tool, String arguments,
            String question) throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer(json, 200, request -> {
            seen.add(request);
            return FakeOpenAiServer.hasToolResult(request)
                    ? holder[0].text("Found: " + FakeOpenAiServer.toolResults(request))
                    : holder[0].toolCalls(tool, arguments);
        })) {
            holder[0] = server;
            return OpenAiProviderTests.provider(server.baseUrl(), dispatcher).reply(new ChatTurn(question, List.of(),
                    toolbox.forAsker(Asker.customer(newCustomer().id()))));
        }
    }

    private JsonNode toolResult(List<JsonNode> seen) {
        return json.readTree(FakeOpenAiServer.toolResults(seen.get(seen.size() - 1)));
    }

    @Test
    void offersTheSearchFiltersAsToolParametersWithDescriptions() throws Exception {
        List<JsonNode> seen = new ArrayList<>();
        askThrough(new FakeOpenAiServer[1], seen, "searchProducts", "{\"query\": \"lamp\"}", "A lamp?");

        JsonNode search = null;
        for (JsonNode tool : seen.get(0).get("tools")) {
            if ("searchProducts".equals(tool.get("function").get("name").asString())) {
                search = tool.get("function").get("parameters").get("properties");
            }
        }
        assertThat(search).isNotNull();
        for (String parameter : List.of("query", "maxPrice", "minPrice", "category", "brand", "minRating", "inStock")) {
            assertThat(search.get(parameter)).as(parameter).isNotNull();
            assertThat(search.get(parameter).get("description").asString()).as(parameter).isNotBlank();
        }
        assertThat(search.get("maxPrice").get("type").asString()).isEqualTo("number");
        assertThat(search.get("inStock").get("type").asString()).isEqualTo("boolean");
    }

    @Test
    void aMaxPriceTheModelPassesIsEnforcedOnEveryProductReturned() throws Exception {
        String brand = unique("Lumenco").replace("-", "");
        long cheap = newProduct("home-garden", brand, brand + " Desk Lamp", new BigDecimal("30.00"), 5);
        long dear = newProduct("home-garden", brand, brand + " Floor Lamp", new BigDecimal("80.00"), 5);
        List<JsonNode> seen = new ArrayList<>();

        Reply reply = askThrough(new FakeOpenAiServer[1], seen, "searchProducts",
                "{\"query\": \"" + brand + " lamp\", \"maxPrice\": 50}", "A " + brand + " lamp under $50?");

        JsonNode results = toolResult(seen);
        List<Long> ids = new ArrayList<>();
        results.forEach(p -> ids.add(p.get("id").asLong()));
        assertThat(ids).contains(cheap).doesNotContain(dear);
        assertThat(products.findAll(ids)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.price()).isLessThanOrEqualTo(new BigDecimal("50")));
        assertThat(reply.products()).extracting(Product::id).contains(cheap).doesNotContain(dear);
    }

    @Test
    void brandCategoryRatingAndStockTheModelPassesAreEnforced() throws Exception {
        String brand = unique("Sonorix").replace("-", "");
        long wanted = newProduct("electronics", brand, brand + " Radio One", new BigDecimal("45.00"), 4);
        long soldOut = newProduct("electronics", brand, brand + " Radio Two", new BigDecimal("45.00"), 0);
        long poorlyRated = newProduct("electronics", brand, brand + " Radio Three", new BigDecimal("45.00"), 4);
        long elsewhere = newProduct("home-garden", brand, brand + " Radio Four", new BigDecimal("45.00"), 4);
        for (long id : List.of(wanted, soldOut, elsewhere)) {
            review(newCustomer(), id, 5);
        }
        review(newCustomer(), poorlyRated, 2);
        List<JsonNode> seen = new ArrayList<>();

        askThrough(new FakeOpenAiServer[1], seen, "searchProducts", "{\"query\": \"radio\", \"brand\": \""
                + brand.toLowerCase() + "\", \"category\": \"Electronics\", \"minRating\": 4, \"inStock\": true}",
                "A radio from " + brand + ", rated 4 or more, in stock?");

        List<Long> ids = new ArrayList<>();
        toolResult(seen).forEach(p -> ids.add(p.get("id").asLong()));
        assertThat(ids).containsExactly(wanted);
    }

    @Test
    void anAnswerThatNamesNoProductShowsNoProductCards() throws Exception {
        String brand = unique("Quietco").replace("-", "");
        newProduct("home-garden", brand, brand + " Table Lamp", new BigDecimal("90.00"), 5);
        FakeOpenAiServer[] holder = new FakeOpenAiServer[1];
        try (FakeOpenAiServer server = new FakeOpenAiServer(json, 200, request -> FakeOpenAiServer.hasToolResult(request)
                ? holder[0].text("Sorry, none of those lamps is within your budget of $50.")
                : holder[0].toolCalls("searchProducts", "{\"query\": \"" + brand + " lamp\"}"))) {
            holder[0] = server;

            Reply reply = OpenAiProviderTests.provider(server.baseUrl(), dispatcher).reply(new ChatTurn("A " + brand
                    + " lamp under $50?", List.of(), toolbox.forAsker(Asker.customer(newCustomer().id()))));

            assertThat(FakeOpenAiServer.toolResults(server.requests.get(1))).contains(brand + " Table Lamp");
            assertThat(reply.products()).isEmpty();
        }
    }

    @Test
    void parametersThatMakeNoSenseAnswerTheModelWithAnErrorNamingThem() throws Exception {
        assertToolError("{\"query\": \"lamp\", \"maxPrice\": -5}", "maxPrice");
        assertToolError("{\"query\": \"lamp\", \"maxPrice\": \"fifty\"}", "maxPrice must be a number");
        assertToolError("{\"query\": \"lamp\", \"minPrice\": 80, \"maxPrice\": 20}", "minPrice");
        assertToolError("{\"query\": \"lamp\", \"minRating\": 7}", "minRating");
        assertToolError("{\"query\": \"lamp\", \"category\": \"weapons\"}", "The categories are: ");
        assertToolError("{\"query\": \"lamp\", \"brand\": \"" + unique("Nobrand") + "\"}", "no products of the brand");
    }

    private void assertToolError(String arguments, String expected) throws Exception {
        List<JsonNode> seen = new ArrayList<>();
        Reply reply = askThrough(new FakeOpenAiServer[1], seen, "searchProducts", arguments, "A lamp?");

        JsonNode result = toolResult(seen);
        assertThat(result.has("error")).as(result.toString()).isTrue();
        assertThat(result.get("error").asString()).contains(expected);
        assertThat(reply.products()).isEmpty();
    }
}
