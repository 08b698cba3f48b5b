package io.aisle.identity.api;

import io.aisle.identity.EmailVerificationService;
import io.aisle.identity.PasswordResetService;
import io.aisle.platform.AnswersProblem;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Links by e-mail for the signed-out: "forgot password" and proving an address, both with single-use tokens. */
@Tag(name = "Accounts")
@RestController
@RequestMapping("/api/v1/auth")
class AccountRecoveryController {

    private static final String THROTTLED = "Too many e-mails were asked for this address or from this client "
            + "lately (counted alike for addresses with and without an account): try again after Retry-After.";

    private final PasswordResetService resets;
    private final EmailVerificationService verifications;

    AccountRecoveryController(PasswordResetService resets, EmailVerificationService verifications) {
        this.resets = resets;
        this.verifications = verifications;
    }

    record PasswordResetRequest(@NotBlank @Size(max = 254) @Email(regexp = ".+@.+\\..+",
            message = "must be a valid email address") String email) {
    }

    record PasswordResetConfirmation(@NotBlank String token,
            @NotNull @Size(min = 8, max = 72, message = "must be between 8 and 72 characters") String newPassword) {
    }

    record VerificationRequest(@NotBlank String token) {
    }

    /** Always 202 for a well-formed address: whether it has an account is not told (the link goes only to one). */
    @ResponseStatus(HttpStatus.ACCEPTED)
    @AnswersProblem(status = 429, when = THROTTLED)
    @PostMapping("/password-reset")
    void requestReset(@Valid @RequestBody PasswordResetRequest request, HttpServletRequest http) {
        resets.request(request.email(), http.getRemoteAddr());
    }

    /** Sets the new password; every session of the account ends (refresh tokens revoked, web sessions ended). */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @AnswersProblem(status = 503, when = "Too many passwords are being checked at once: try again after Retry-After (1 s).")
    @PostMapping("/password-reset/confirm")
    void confirmReset(@Valid @RequestBody PasswordResetConfirmation request) {
        resets.confirm(request.token(), request.newPassword());
    }

    /** Proves the address the token was mailed to; a 400 naming {@code token} when it is unknown, used or expired. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/verify-email")
    void verify(@Valid @RequestBody VerificationRequest request) {
        verifications.verify(request.token());
    }
}
