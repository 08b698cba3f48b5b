package io.aisle.returns.internal;

import io.aisle.returns.Return;
import io.aisle.returns.ReturnNotFoundException;
import io.aisle.returns.ReturnStatus;
import io.aisle.returns.ReturnStatusChanged;
import io.aisle.returns.ReturnStatusConflictException;
import io.aisle.returns.data.ReturnRepository;
import io.aisle.returns.data.Step;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reads a return and moves it a step, inside the caller's transaction: the move is an {@code UPDATE} guarded by the
 * statuses it starts from, so of two simultaneous moves one wins and the other is a 409; the winner publishes
 * {@link ReturnStatusChanged}.
 */
@Component
public class ReturnSteps {

    private final ReturnRepository returns;
    private final ReturnReader reader;
    private final ApplicationEventPublisher events;

    ReturnSteps(ReturnRepository returns, ReturnReader reader, ApplicationEventPublisher events) {
        this.returns = returns;
        this.reader = reader;
        this.events = events;
    }

    public Return get(long returnId) {
        return returns.findById(returnId).map(reader::withLines)
                .orElseThrow(() -> new ReturnNotFoundException(returnId));
    }

    /** Moves the return if its status is still one of {@code from}; answers it as it is now. */
    public Return move(Return current, Set<ReturnStatus> from, Step step) {
        if (!from.contains(current.status()) || !returns.advance(current.id(), from, step)) {
            throw new ReturnStatusConflictException(current.id(), get(current.id()).status(), step.to());
        }
        events.publishEvent(new ReturnStatusChanged(current.id(), current.orderId(), current.userId(),
                current.email(), step.to(), step.note()));
        return get(current.id());
    }
}
