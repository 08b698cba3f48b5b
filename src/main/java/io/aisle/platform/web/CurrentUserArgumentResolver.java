package io.aisle.platform.web;

import io.aisle.platform.AuthenticationFailedException;
import io.aisle.platform.CurrentUser;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets controllers take a {@link CurrentUser} parameter. Security has already verified the token;
 * this only reads who it names. {@code CurrentUser} means signed in; {@code Optional<CurrentUser>} means maybe.
 */
final class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.nestedIfOptional().getNestedParameterType().equals(CurrentUser.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        CurrentUser user = currentUser();
        if (parameter.getParameterType().equals(Optional.class)) {
            return Optional.ofNullable(user);
        }
        if (user == null) {
            throw new AuthenticationFailedException("Sign in to do this.");
        }
        return user;
    }

    private static CurrentUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser.Source source) {
            return source.currentUser();
        }
        if (auth != null && auth.getPrincipal() instanceof Jwt jwt) {
            boolean admin = auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
            return new CurrentUser(Long.parseLong(jwt.getSubject()), jwt.getClaimAsString("email"), admin);
        }
        return null;
    }
}
