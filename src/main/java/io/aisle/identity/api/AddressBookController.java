package io.aisle.identity.api;

import io.aisle.identity.AddressBook;
import io.aisle.identity.PostalAddress;
import io.aisle.identity.SavedAddress;
import io.aisle.platform.AnswersProblem;
import io.aisle.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Accounts")
@RestController
@RequestMapping("/api/v1/users/me/addresses")
class AddressBookController {

    private final AddressBook addresses;

    AddressBookController(AddressBook addresses) {
        this.addresses = addresses;
    }

    @Operation(summary = "The customer's saved addresses, the default first")
    @GetMapping
    List<SavedAddress> list(CurrentUser user) {
        return addresses.list(user.id());
    }

    @Operation(summary = "One saved address")
    @GetMapping("/{id}")
    SavedAddress get(CurrentUser user, @PathVariable long id) {
        return addresses.get(user.id(), id);
    }

    @Operation(summary = "Save an address (the first one, or with makeDefault=true, becomes the default)",
            description = "The postal code must fit the country's format and the region must be one of the "
                    + "country's where it has a list (US, CA, AU, BR, MX, IN); both are written the usual way. An "
                    + "address the book holds already is not saved twice: its entry is answered.")
    @AnswersProblem(status = 409, when = "The address book holds " + AddressBook.MAX_ADDRESSES
            + " addresses, the most it can: delete one first.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<SavedAddress> add(CurrentUser user, @Valid @RequestBody PostalAddress address,
            @RequestParam(defaultValue = "false") boolean makeDefault) {
        SavedAddress saved = addresses.add(user.id(), address, makeDefault);
        return ResponseEntity.created(URI.create("/api/v1/users/me/addresses/" + saved.id())).body(saved);
    }

    @Operation(summary = "Change a saved address (it stays the default if it is)")
    @PutMapping("/{id}")
    SavedAddress update(CurrentUser user, @PathVariable long id, @Valid @RequestBody PostalAddress address) {
        return addresses.update(user.id(), id, address);
    }

    @Operation(summary = "Make a saved address the default")
    @PutMapping("/{id}/default")
    SavedAddress makeDefault(CurrentUser user, @PathVariable long id) {
        return addresses.makeDefault(user.id(), id);
    }

    @Operation(summary = "Delete a saved address (deleting the default makes the newest other one the default)")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(CurrentUser user, @PathVariable long id) {
        addresses.delete(user.id(), id);
        return ResponseEntity.noContent().build();
    }
}
