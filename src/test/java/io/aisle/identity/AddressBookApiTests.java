package io.aisle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import io.aisle.platform.Concurrently;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

class AddressBookApiTests extends ApiTest {

    private static final String BOOK = "/api/v1/users/me/addresses";

    @Test
    void savesAddressesTheFirstAsDefaultWritingPostalCodesAndRegionsTheUsualWay() {
        Customer customer = newCustomer();
        Map<String, Object> home = add(customer, address("Ada Lovelace", "us", "california", "941051234"), false);
        Map<String, Object> work = add(customer, address("Ada at work", "GB", null, "sw1a1aa"), false);

        assertThat(home.get("isDefault")).isEqualTo(true);
        assertThat(work.get("isDefault")).isEqualTo(false);
        assertThat((Map<String, Object>) home.get("address")).containsEntry("country", "US").containsEntry("region", "CA")
                .containsEntry("postalCode", "94105-1234");
        assertThat((Map<String, Object>) work.get("address")).containsEntry("postalCode", "SW1A 1AA");
        assertThat(list(customer)).extracting(a -> a.get("id")).containsExactly(home.get("id"), work.get("id"));
        assertThat(defaultShippingAddress(customer)).containsEntry("fullName", "Ada Lovelace");
    }

    @Test
    void keepsExactlyOneDefaultWhenAnotherAddressIsMadeTheDefault() {
        Customer customer = newCustomer();
        Map<String, Object> first = add(customer, address("First", "DE", null, "10115"), false);
        Map<String, Object> second = add(customer, address("Second", "FR", null, "75008"), true);

        assertThat(defaults(customer)).containsExactly(second.get("id"));
        assertThat(defaultShippingAddress(customer)).containsEntry("fullName", "Second");

        send(customer, api.put().uri(BOOK + "/{id}/default", first.get("id"))).expectStatus().isOk();

        assertThat(defaults(customer)).containsExactly(first.get("id"));
        assertThat(defaultShippingAddress(customer)).containsEntry("fullName", "First");
    }

    @Test
    void deletingTheDefaultMakesTheNewestRemainingAddressTheDefault() {
        Customer customer = newCustomer();
        Map<String, Object> oldest = add(customer, address("Oldest", "DE", null, "10115"), false);
        Map<String, Object> newest = add(customer, address("Newest", "DE", null, "10117"), false);

        send(customer, api.delete().uri(BOOK + "/{id}", oldest.get("id"))).expectStatus().isNoContent();

        assertThat(defaults(customer)).containsExactly(newest.get("id"));
        send(customer, api.delete().uri(BOOK + "/{id}", newest.get("id"))).expectStatus().isNoContent();
        assertThat(list(customer)).isEmpty();
        assertThat(me(customer).get("shippingAddress")).isNull();
    }

    @Test
    void updatesAnAddressInPlaceAndItStaysTheDefault() {
        Customer customer = newCustomer();
        Map<String, Object> home = add(customer, address("Ada", "CA", "ON", "K1A 0B1"), false);

        Map<String, Object> changed = send(customer, api.put().uri(BOOK + "/{id}", home.get("id"))
                .body(address("Ada", "CA", "Quebec", "h2x1y4"))).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(changed.get("isDefault")).isEqualTo(true);
        assertThat((Map<String, Object>) changed.get("address")).containsEntry("region", "QC").containsEntry("postalCode", "H2X 1Y4");
        assertThat(list(customer)).hasSize(1);
    }

    @Test
    void anotherCustomersAddressIsNotFoundAndStaysAsItWas() {
        Customer owner = newCustomer();
        Customer other = newCustomer();
        Object id = add(owner, address("Owner", "DE", null, "10115"), false).get("id");

        expectProblem(send(other, api.get().uri(BOOK + "/{id}", id)), 404);
        expectProblem(send(other, api.put().uri(BOOK + "/{id}", id).body(address("Thief", "DE", null, "10115"))), 404);
        expectProblem(send(other, api.put().uri(BOOK + "/{id}/default", id)), 404);
        expectProblem(send(other, api.delete().uri(BOOK + "/{id}", id)), 404);

        assertThat(list(other)).isEmpty();
        assertThat(list(owner)).singleElement().satisfies(a -> assertThat((Map<String, Object>) a.get("address"))
                .containsEntry("fullName", "Owner"));
    }

    @Test
    void answers400NamingTheFieldForABadPostalCodeRegionOrCountry() {
        Customer customer = newCustomer();
        expectProblem(send(customer, api.post().uri(BOOK).body(address("Ada", "US", "CA", "9410"))), 400)
                .jsonPath("$.errors[0].field").isEqualTo("postalCode");
        expectProblem(send(customer, api.post().uri(BOOK).body(address("Ada", "US", null, "94105"))), 400)
                .jsonPath("$.errors[0].field").isEqualTo("region");
        expectProblem(send(customer, api.post().uri(BOOK).body(address("Ada", "ZZ", null, "94105"))), 400)
                .jsonPath("$.errors[0].field").isEqualTo("country");
        Map<String, Object> noCity = new HashMap<>(address("Ada", "DE", null, "10115"));
        noCity.remove("city");
        expectProblem(send(customer, api.post().uri(BOOK).body(noCity)), 400)
                .jsonPath("$.errors[0].field").isEqualTo("city");

        assertThat(list(customer)).isEmpty();
    }

    @Test
    void answers409WhenTheBookIsFullAndSavesNothingMore() {
        Customer customer = newCustomer();
        for (int i = 0; i < AddressBook.MAX_ADDRESSES; i++) {
            add(customer, address("Ada " + i, "DE", null, "10115"), false);
        }

        expectProblem(send(customer, api.post().uri(BOOK).body(address("One too many", "DE", null, "10115"))), 409)
                .jsonPath("$.limit").isEqualTo(AddressBook.MAX_ADDRESSES);

        assertThat(list(customer)).hasSize(AddressBook.MAX_ADDRESSES);
    }

    @Test
    void savesTheSameAddressSentTwiceAtOnceOnceWithOneDefault() throws Exception {
        Customer customer = newCustomer();
        List<Integer> statuses = Concurrently.statuses(4,
                i -> send(customer, api.post().uri(BOOK).body(address("Twice", "NL", null, "1012ab"))));

        assertThat(statuses).containsOnly(201);
        assertThat(list(customer)).singleElement().satisfies(a -> assertThat(a.get("isDefault")).isEqualTo(true));
    }

    @Test
    void theProfilesShippingAddressIsTheDefaultOfTheAddressBook() {
        Customer customer = newCustomer();
        Map<String, Object> other = add(customer, address("Other", "DE", null, "10115"), false);
        patch(customer, Map.of("shippingAddress", address("Profile", "gb", null, "sw1y4jh"))).expectStatus().isOk();

        assertThat(list(customer)).singleElement().satisfies(a -> {
            assertThat(a.get("id")).isEqualTo(other.get("id"));
            assertThat((Map<String, Object>) a.get("address")).containsEntry("fullName", "Profile")
                    .containsEntry("postalCode", "SW1Y 4JH");
        });
        expectProblem(patch(customer, Map.of("shippingAddress", address("Profile", "GB", null, "12345"))), 400)
                .jsonPath("$.errors[0].field").isEqualTo("shippingAddress.postalCode");
    }

    @Test
    void deletingTheAccountErasesItsAddresses() {
        Customer customer = newCustomer();
        add(customer, address("Ada", "DE", null, "10115"), false);
        add(customer, address("Ada", "DE", null, "10117"), false);

        send(customer, api.method(org.springframework.http.HttpMethod.DELETE).uri("/api/v1/users/me")
                .body(Map.of("password", customer.password()))).expectStatus().isNoContent();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_addresses WHERE user_id = :id").param("id", customer.id())
                .query(Integer.class).single()).isZero();
    }

    static Map<String, Object> address(String name, String country, String region, String postalCode) {
        Map<String, Object> address = new HashMap<>(Map.of("fullName", name, "line1", "1 Main Street",
                "city", "Springfield", "postalCode", postalCode, "country", country));
        if (region != null) {
            address.put("region", region);
        }
        return address;
    }

    private Map<String, Object> add(Customer customer, Map<String, Object> address, boolean makeDefault) {
        return send(customer, api.post().uri(BOOK + "?makeDefault=" + makeDefault).body(address))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    private List<Map<String, Object>> list(Customer customer) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> book = send(customer, api.get().uri(BOOK)).expectStatus().isOk().expectBody(List.class)
                .returnResult().getResponseBody();
        return book;
    }

    private List<Object> defaults(Customer customer) {
        return list(customer).stream().filter(a -> Boolean.TRUE.equals(a.get("isDefault"))).map(a -> a.get("id"))
                .map(Object.class::cast).toList();
    }

    private Map<String, Object> me(Customer customer) {
        return send(customer, api.get().uri("/api/v1/users/me")).expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
    }

    private Map<String, Object> defaultShippingAddress(Customer customer) {
        return (Map<String, Object>) me(customer).get("shippingAddress");
    }

    private RestTestClient.ResponseSpec patch(Customer customer, Map<String, ?> body) {
        return send(customer, api.patch().uri("/api/v1/users/me").body(body));
    }

    private static RestTestClient.ResponseSpec send(Customer customer, RestTestClient.RequestHeadersSpec<?> request) {
        return request.header(HttpHeaders.AUTHORIZATION, customer.bearer()).exchange();
    }
}
