package io.aisle.identity.api;

import io.aisle.identity.AccountService;
import io.aisle.identity.EmailVerificationService;
import io.aisle.identity.ProfileUpdate;
import io.aisle.identity.User;
import io.aisle.platform.AnswersProblem;
import io.aisle.platform.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Accounts")
@RestController
@RequestMapping("/api/v1/users/me")
class ProfileController {

    private final AccountService accounts;
    private final EmailVerificationService verifications;

    ProfileController(AccountService accounts, EmailVerificationService verifications) {
        this.accounts = accounts;
        this.verifications = verifications;
    }

    record DeleteAccountRequest(@NotNull String password) {
    }

    @GetMapping
    User me(CurrentUser user) {
        return accounts.get(user.id());
    }

    @AnswersProblem(status = 503, when = "Too many passwords are being checked at once: try again after Retry-After (1 s).")
    @AnswersProblem(status = 429, when = "Too many wrong passwords for this account (here or at sign-in): try again "
            + "after the Retry-After header's seconds.")
    @PatchMapping
    User update(CurrentUser user, @Valid @RequestBody ProfileUpdate update) {
        return accounts.update(user.id(), update);
    }

    /** Mails a new verification link to the account's address. */
    @ResponseStatus(HttpStatus.ACCEPTED)
    @AnswersProblem(status = 409, when = "The account's e-mail address is verified already.")
    @AnswersProblem(status = 429, when = "Too many verification links were asked for lately: try again after Retry-After.")
    @PostMapping("/verification")
    void resendVerification(CurrentUser user, HttpServletRequest http) {
        verifications.resend(user.id(), http.getRemoteAddr());
    }

    @AnswersProblem(status = 409, when = "The account has open orders (paid and not shipped, or shipped and not "
            + "delivered), listed in `openOrders` as {id, status}. Cancel the ones not shipped yet, or wait until "
            + "they are delivered; nothing was deleted. Also while a return waits for the shop (requested, approved or "
            + "received, listed in `returns`).")
    @AnswersProblem(status = 503, when = "Too many passwords are being checked at once: try again after Retry-After (1 s).")
    @AnswersProblem(status = 429, when = "Too many wrong passwords for this account (here or at sign-in): try again "
            + "after the Retry-After header's seconds.")
    @DeleteMapping
    ResponseEntity<Void> delete(CurrentUser user, @Valid @RequestBody DeleteAccountRequest request) {
        accounts.delete(user.id(), request.password());
        return ResponseEntity.noContent().build();
    }
}
