package io.aisle.taxes.api;

import io.aisle.platform.AnswersProblem;
import io.aisle.taxes.ShopTaxRate;
import io.aisle.taxes.TaxRateForm;
import io.aisle.taxes.TaxService;
import io.aisle.taxes.TaxSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Taxes (admin)")
@RestController
@RequestMapping("/api/v1/admin/taxes")
class AdminTaxController {

    private final TaxService taxes;

    AdminTaxController(TaxService taxes) {
        this.taxes = taxes;
    }

    /** Both settings must be given: a missing one is a 400, never a silent "false". */
    record SettingsRequest(@NotNull Boolean pricesIncludeTax, @NotNull Boolean taxShipping) {
    }

    @Operation(summary = "Every tax rate, by country, region (country-wide first) and tax class")
    @GetMapping("/rates")
    List<ShopTaxRate> rates() {
        return taxes.rates();
    }

    @GetMapping("/rates/{id}")
    ShopTaxRate rate(@PathVariable long id) {
        return taxes.rate(id);
    }

    @Operation(summary = "Add a rate for a country, or one region of it, and a tax class",
            description = "A region's rate replaces its country's rate for that class. Takes effect at once on this instance.")
    @ResponseStatus(HttpStatus.CREATED)
    @AnswersProblem(status = 409, when = "This country, region and tax class have a rate already: change that one.")
    @PostMapping("/rates")
    ResponseEntity<ShopTaxRate> create(@Valid @RequestBody TaxRateForm form) {
        ShopTaxRate rate = taxes.create(form);
        return ResponseEntity.created(URI.create("/api/v1/admin/taxes/rates/" + rate.id())).body(rate);
    }

    @Operation(summary = "Replace a rate")
    @AnswersProblem(status = 409, when = "Another rate has this country, region and tax class.")
    @PutMapping("/rates/{id}")
    ShopTaxRate update(@PathVariable long id, @Valid @RequestBody TaxRateForm form) {
        return taxes.update(id, form);
    }

    @Operation(summary = "Delete a rate", description = "Its class is then taxed at the country's rate, or not at all.")
    @DeleteMapping("/rates/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        taxes.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The tax settings: prices entered with tax or without, shipping taxed or not")
    @GetMapping("/settings")
    TaxSettings settings() {
        return taxes.settings();
    }

    @Operation(summary = "Replace the tax settings", description = "Orders placed before keep their tax.")
    @PutMapping("/settings")
    TaxSettings updateSettings(@Valid @RequestBody SettingsRequest request) {
        return taxes.updateSettings(new TaxSettings(request.pricesIncludeTax(), request.taxShipping()));
    }
}
