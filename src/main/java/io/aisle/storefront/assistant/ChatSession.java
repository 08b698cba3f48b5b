package io.aisle.storefront.assistant;

import io.aisle.assistant.Asker;
import io.aisle.assistant.GuestTokens;
import io.aisle.platform.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The widget's state in the HTTP session: a guest's opaque token (the guest session the quota counts),
 * the conversation the widget continues, and questions sent but not yet answered (the stream that
 * answers them reads them once). Kept in the session so that any instance sharing sessions can answer.
 */
final class ChatSession {

    static final String ATTRIBUTE = ChatSession.class.getName();

    /** A question waiting for its stream. */
    record Pending(String message, long heldAt) implements Serializable {
    }

    /**
     * Questions are attributes of their own, not part of {@link State}: the session is stored in the database and
     * each request writes back whole attributes, so a stream that takes its question must not write back a copy of
     * the others (dropping one sent meanwhile).
     */
    private static final String PENDING = ATTRIBUTE + ".pending.";
    /** A widget waits for one answer at a time; questions never streamed beyond these are dropped, oldest first. */
    private static final int MAX_PENDING = 5;

    private static final class State implements Serializable {
        private static final long serialVersionUID = 1L;
        String guestToken;
        Long conversationId;
        /** Whose conversation it is: a guest who signs in (same session) starts their own. */
        String conversationOwner;
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
        HttpSession session = request.getSession();
        List<String> waiting = Collections.list(session.getAttributeNames()).stream()
                .filter(name -> name.startsWith(PENDING))
                .sorted(Comparator.comparingLong(name -> heldAt(session, name)))
                .toList();
        waiting.stream().limit(Math.max(0, waiting.size() - MAX_PENDING + 1)).forEach(session::removeAttribute);
        String id = UUID.randomUUID().toString();
        session.setAttribute(PENDING + id, new Pending(message, System.currentTimeMillis()));
        return id;
    }

    static Optional<Pending> take(HttpServletRequest request, String id) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING + id) instanceof Pending pending)) {
            return Optional.empty();
        }
        session.removeAttribute(PENDING + id);
        return Optional.of(pending);
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

    private static long heldAt(HttpSession session, String name) {
        return session.getAttribute(name) instanceof Pending pending ? pending.heldAt() : Long.MIN_VALUE;
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
