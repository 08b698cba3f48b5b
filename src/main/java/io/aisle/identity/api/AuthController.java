package io.aisle.identity.api;

import io.aisle.identity.AccountService;
import io.aisle.identity.RegistrationForm;
import io.aisle.identity.TokenPair;
import io.aisle.identity.TokenService;
import io.aisle.identity.User;
import io.aisle.platform.AnswersProblem;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Accounts")
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    private final AccountService accounts;
    private final TokenService tokens;

    AuthController(AccountService accounts, TokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    record LoginRequest(@NotBlank String email, @NotNull String password) {
    }

    record RefreshRequest(@NotBlank String refreshToken) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @AnswersProblem(status = 409, when = "An account with this email exists already.")
    @AnswersProblem(status = 503, when = "Too many passwords are being checked at once: try again after Retry-After (1 s).")
    @PostMapping("/register")
    ResponseEntity<User> register(@Valid @RequestBody RegistrationForm form) {
        User user = accounts.register(form);
        return ResponseEntity.created(URI.create("/api/v1/users/me")).body(user);
    }

    @AnswersProblem(status = 401, when = "The email or password is not correct.")
    @AnswersProblem(status = 429, when = "Too many failed sign-ins on this account or from this address: try again "
            + "after the Retry-After header's seconds (also in the problem's retryAfter).")
    @AnswersProblem(status = 503, when = "Too many passwords are being checked at once: try again after Retry-After (1 s).")
    @PostMapping("/login")
    TokenPair login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return tokens.login(request.email(), request.password(), http.getRemoteAddr());
    }

    @AnswersProblem(status = 401, when = "The refresh token is unknown, used, revoked or expired.")
    @PostMapping("/refresh")
    TokenPair refresh(@Valid @RequestBody RefreshRequest request) {
        return tokens.refresh(request.refreshToken());
    }

    @PostMapping("/logout")
    ResponseEntity<Void> logout(@Valid @RequestBody RefreshRequest request) {
        tokens.logout(request.refreshToken());
        return ResponseEntity.noContent().build();
    }
}
