package io.aisle.taxes;

import io.aisle.ApiTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Tax helpers on top of {@link ApiTest} (same Spring context). The database outlives test runs and other
 * tests price orders with its rates, so tests add rates only for Antarctica (AQ) in a random region, and
 * delete what they added; settings they change are put back after each test.
 */
abstract class TaxApiTest extends ApiTest {

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };
    static final String COUNTRY = "AQ";
    private static final Random REGIONS = new Random();

    @Autowired
    TaxService taxes;

    private String admin;
    private TaxSettings settingsBefore;

    String admin() {
        if (admin == null) {
            admin = adminBearer();
        }
        return admin;
    }

    @BeforeEach
    void rememberSettings() {
        settingsBefore = taxes.settings();
    }

    /** Putting the settings back also drops this instance's cached rates, so the deleted ones go from it too. */
    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM tax_rates WHERE country = :country").param("country", COUNTRY).update();
        taxes.updateSettings(settingsBefore);
    }

    /** A region code no other test uses: three letters and digits. */
    static String region() {
        String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            code.append(chars.charAt(REGIONS.nextInt(chars.length())));
        }
        return code.toString();
    }

    /** A valid rate form for Antarctica in a fresh region: standard, "Test tax", 8.25 %, with the given fields changed. */
    static Map<String, Object> rateForm(Object... fieldsAndValues) {
        Map<String, Object> form = new HashMap<>(Map.of("country", COUNTRY, "region", region(), "taxClass", "standard",
                "name", "Test tax", "rate", new BigDecimal("0.0825")));
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            form.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return form;
    }

    RestTestClient.ResponseSpec postRate(Map<String, ?> form) {
        return api.post().uri("/api/v1/admin/taxes/rates").header(HttpHeaders.AUTHORIZATION, admin()).body(form).exchange();
    }

    RestTestClient.ResponseSpec putRate(long id, Map<String, ?> form) {
        return api.put().uri("/api/v1/admin/taxes/rates/{id}", id).header(HttpHeaders.AUTHORIZATION, admin())
                .body(form).exchange();
    }

    long createRate(Map<String, ?> form) {
        Map<String, Object> rate = postRate(form).expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
        return ((Number) rate.get("id")).longValue();
    }
}
