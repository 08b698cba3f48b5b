package io.aisle.ordering;

import io.aisle.ordering.data.PackingLineRepository;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a warehouse needs to pack and address orders: one {@link PackingLine} per line item. For the admin. */
@Service
public class PackingLists {

    private final PackingLineRepository lines;

    PackingLists(PackingLineRepository lines) {
        this.lines = lines;
    }

    /** The lines of these orders (unknown ids are left out), newest order first. */
    @Transactional(readOnly = true)
    public List<PackingLine> of(Collection<Long> orderIds) {
        return lines.findByOrders(orderIds);
    }
}
