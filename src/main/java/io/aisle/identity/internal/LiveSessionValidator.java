package io.aisle.identity.internal;

import io.aisle.identity.data.RefreshTokenRepository;
import io.aisle.platform.AccessTokens;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Refuses an access token whose sign-in has ended: signed out, refresh token reused by a thief, password
 * changed or account deleted. All of these revoke the session's refresh tokens in the shared database, so
 * the token stops working at once on every instance. Nothing is cached: a cached "live" would keep a
 * signed-out token working on the instances that cached it.
 */
@Component
class LiveSessionValidator implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2TokenValidatorResult ENDED = OAuth2TokenValidatorResult.failure(
            new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The session of this access token has ended.", null));

    private final RefreshTokenRepository refreshTokens;

    LiveSessionValidator(RefreshTokenRepository refreshTokens) {
        this.refreshTokens = refreshTokens;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String session = token.getClaimAsString(AccessTokens.SESSION_CLAIM);
        // a token without a session is from before sessions were named: it cannot be revoked, so it is refused
        return session != null && refreshTokens.isFamilyLive(session) ? OAuth2TokenValidatorResult.success() : ENDED;
    }
}
