package io.aisle.analytics.api;

import io.aisle.analytics.SalesReportService;
import io.aisle.analytics.SalesSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Analytics (admin)")
@RestController
@RequestMapping("/api/v1/admin/analytics")
class AnalyticsController {

    private final SalesReportService reports;

    AnalyticsController(SalesReportService reports) {
        this.reports = reports;
    }

    @Operation(summary = "Sales report",
            description = "from and to are ISO dates (UTC days), both inclusive; by default the last 30 days.")
    @GetMapping("/summary")
    SalesSummary summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.summary(from, to);
    }
}
