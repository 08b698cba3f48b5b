package io.aisle.identity.internal;

import io.aisle.identity.UserLoggedIn;
import io.aisle.platform.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** A sign-in through the web form counts as a sign-in like one through the API. */
@Component
class WebSignIns {

    private final ApplicationEventPublisher events;

    WebSignIns(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser.Source user) {
            events.publishEvent(new UserLoggedIn(user.currentUser().id()));
        }
    }
}
