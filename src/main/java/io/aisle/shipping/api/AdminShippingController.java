package io.aisle.shipping.api;

import io.aisle.platform.AnswersProblem;
import io.aisle.shipping.MethodForm;
import io.aisle.shipping.ShippingMethod;
import io.aisle.shipping.ShippingZone;
import io.aisle.shipping.ShippingZoneService;
import io.aisle.shipping.ZoneForm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

@Tag(name = "Shipping (admin)")
@RestController
@RequestMapping("/api/v1/admin/shipping")
class AdminShippingController {

    private static final String ZONE_CLASH = "The zone's name is in use, one of its countries or regions is already in "
            + "another zone, or another zone is already the rest of the world.";
    private static final String METHOD_CLASH = "The zone already has a method with this name.";

    private final ShippingZoneService zones;

    AdminShippingController(ShippingZoneService zones) {
        this.zones = zones;
    }

    @Operation(summary = "Every shipping zone with its countries and methods; the rest-of-world zone last")
    @GetMapping("/zones")
    List<ShippingZone> zones() {
        return zones.list();
    }

    @GetMapping("/zones/{id}")
    ShippingZone zone(@PathVariable long id) {
        return zones.get(id);
    }

    @Operation(summary = "Create a zone: countries (optionally narrowed to regions), or the rest of the world")
    @ResponseStatus(HttpStatus.CREATED)
    @AnswersProblem(status = 409, when = ZONE_CLASH)
    @PostMapping("/zones")
    ResponseEntity<ShippingZone> createZone(@RequestBody ZoneForm form) {
        ShippingZone zone = zones.create(form);
        return ResponseEntity.created(URI.create("/api/v1/admin/shipping/zones/" + zone.id())).body(zone);
    }

    @Operation(summary = "Replace a zone's name and countries; its methods stay")
    @AnswersProblem(status = 409, when = ZONE_CLASH)
    @PutMapping("/zones/{id}")
    ShippingZone updateZone(@PathVariable long id, @RequestBody ZoneForm form) {
        return zones.update(id, form);
    }

    @Operation(summary = "Delete a zone and its methods")
    @DeleteMapping("/zones/{id}")
    ResponseEntity<Void> deleteZone(@PathVariable long id) {
        zones.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Add a shipping method to a zone")
    @ResponseStatus(HttpStatus.CREATED)
    @AnswersProblem(status = 409, when = METHOD_CLASH)
    @PostMapping("/zones/{zoneId}/methods")
    ResponseEntity<ShippingMethod> addMethod(@PathVariable long zoneId, @RequestBody MethodForm form) {
        ShippingMethod method = zones.addMethod(zoneId, form);
        return ResponseEntity.created(URI.create("/api/v1/admin/shipping/methods/" + method.id())).body(method);
    }

    @GetMapping("/methods/{id}")
    ShippingMethod method(@PathVariable long id) {
        return zones.method(id);
    }

    @Operation(summary = "Replace a shipping method, rate bands included")
    @AnswersProblem(status = 409, when = METHOD_CLASH)
    @PutMapping("/methods/{id}")
    ShippingMethod updateMethod(@PathVariable long id, @RequestBody MethodForm form) {
        return zones.updateMethod(id, form);
    }

    @Operation(summary = "Pause a method: it is offered to nobody until it is activated again")
    @PostMapping("/methods/{id}/pause")
    ShippingMethod pause(@PathVariable long id) {
        return zones.setActive(id, false);
    }

    @Operation(summary = "Activate a paused method")
    @PostMapping("/methods/{id}/activate")
    ShippingMethod activate(@PathVariable long id) {
        return zones.setActive(id, true);
    }

    @DeleteMapping("/methods/{id}")
    ResponseEntity<Void> deleteMethod(@PathVariable long id) {
        zones.deleteMethod(id);
        return ResponseEntity.noContent().build();
    }
}
