package io.aisle.storefront.assistant;

import io.aisle.assistant.Asker;
import io.aisle.assistant.GuestTokens;
import io.aisle.platform.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The widget's state in the HTTP session: a guest's opaque token (the guest session the quota counts),
 * the conversation the widget continues, and questions sent but not yet answered (the stream that
 * answers them reads them once). Kept in the session so that any instance sharing sessions can answer.
 */
final class ChatSession {

    static final String ATTRIBUTE = ChatSession.class.getName();

    /** A question waiting for its stream. */
    record Pending(String message) implements Serializable {
    }

    private static final class State implements Serializable {
        private static final long serialVersionUID = 1L;
        String guestToken;
        Long conversationId;
        /** Whose conversation it is: a guest who signs in (same session) starts their own. */
        String conversationOwner;
        final Map<String, Pending> pending = new ConcurrentHashMap<>();
    }

    private ChatSession() {
    }

    static Asker asker(Optional<CurrentUser> user, HttpServletRequest request) {
        if (user.isPresent()) {
            return Asker.customer(user.get().id());
        }
        State state = state(request, true);
        if (state.guestToken == null) {
            state.guestToken = GuestTokens.newToken();
            save(request, state);
        }
        return Asker.guest(GuestTokens.key(state.guestToken), request.getRemoteAddr());
    }

    /** The asker if the widget was used in this session already, without creating a session for a browsing guest. */
    static Optional<Asker> existingAsker(Optional<CurrentUser> user, HttpServletRequest request) {
        if (user.isPresent()) {
            return Optional.of(Asker.customer(user.get().id()));
        }
        State state = state(request, false);
        return state == null || state.guestToken == null ? Optional.empty()
                : Optional.of(Asker.guest(GuestTokens.key(state.guestToken), request.getRemoteAddr()));
    }

    static String hold(HttpServletRequest request, String message) {
        String id = UUID.randomUUID().toString();
        State state = state(request, true);
        state.pending.put(id, new Pending(message));
        save(request, state);
        return id;
    }

    static Optional<Pending> take(HttpServletRequest request, String id) {
        State state = state(request, false);
        if (state == null) {
            return Optional.empty();
        }
        Optional<Pending> pending = Optional.ofNullable(state.pending.remove(id));
        pending.ifPresent(taken -> save(request, state));
        return pending;
    }

    /** The conversation the widget continues for this asker, or null to start one. */
    static Long conversation(HttpServletRequest request, Asker asker) {
        State state = state(request, false);
        return state == null || !owner(asker).equals(state.conversationOwner) ? null : state.conversationId;
    }

    static void continueWith(HttpServletRequest request, Asker asker, long conversationId) {
        State state = state(request, true);
        state.conversationId = conversationId;
        state.conversationOwner = owner(asker);
        save(request, state);
    }

    private static String owner(Asker asker) {
        return asker.isGuest() ? "guest:" + asker.guestKey() : "user:" + asker.userId();
    }

    static void forget(HttpServletRequest request) {
        State state = state(request, false);
        if (state != null) {
            state.conversationId = null;
            save(request, state);
        }
    }

    /**
     * Sets the changed state again: sessions are stored in the database, and only attributes that are set are
     * written back, so a change made in place would be seen by this request alone.
     */
    private static void save(HttpServletRequest request, State state) {
        request.getSession().setAttribute(ATTRIBUTE, state);
    }

    private static State state(HttpServletRequest request, boolean create) {
        HttpSession session = request.getSession(create);
        if (session == null) {
            return null;
        }
        synchronized (ChatSession.class) {
            State state = (State) session.getAttribute(ATTRIBUTE);
            if (state == null && create) {
                state = new State();
                session.setAttribute(ATTRIBUTE, state);
            }
            return state;
        }
    }
}
