package io.aisle.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cheapest answer the API can give: no database, no security decision beyond "public". Load
 * balancers can use it as a liveness check, and the benchmarks use it as the ceiling that the real
 * endpoints are compared against.
 */
@Hidden
@RestController
class PingController {

    private static final Map<String, String> PONG = Map.of("status", "ok");

    @GetMapping("/api/v1/ping")
    Map<String, String> ping() {
        return PONG;
    }
}
