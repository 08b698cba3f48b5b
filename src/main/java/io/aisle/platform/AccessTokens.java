package io.aisle.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Signs the short-lived access tokens that the API's resource server accepts. */
@Component
public class AccessTokens {

    /** The claim that names the session (the sign-in) a token belongs to. */
    public static final String SESSION_CLAIM = "sid";

    private final JwtEncoder encoder;
    private final SecurityProperties properties;
    private final Clock clock;

    AccessTokens(JwtEncoder encoder, SecurityProperties properties, Clock clock) {
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A signed token for the user, valid for {@link SecurityProperties#accessTokenTtl()}. It names its
     * session ({@code sid}), so that it dies with the session: every request checks that it is still live.
     */
    public String issue(long userId, String email, String role, String sessionId) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer("aisle")
                .subject(Long.toString(userId))
                .issuedAt(now)
                .expiresAt(now.plus(properties.accessTokenTtl()))
                .claim("email", email)
                .claim("roles", List.of(role))
                .claim(SESSION_CLAIM, sessionId)
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    public long expiresInSeconds() {
        return properties.accessTokenTtl().toSeconds();
    }
}
