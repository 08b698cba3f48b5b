package io.aisle.returns.internal;

import io.aisle.returns.Return;
import io.aisle.returns.ReturnLine;
import io.aisle.returns.data.ReturnLineRepository;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Gives returns read without their lines their lines, in one query for a page of them. */
@Component
public class ReturnReader {

    private final ReturnLineRepository lines;

    ReturnReader(ReturnLineRepository lines) {
        this.lines = lines;
    }

    public Return withLines(Return value) {
        return withLines(List.of(value)).get(0);
    }

    public List<Return> withLines(List<Return> page) {
        Map<Long, List<ReturnLine>> details = lines.findByReturns(page.stream().map(Return::id).toList());
        return page.stream().map(r -> r.withLines(details.getOrDefault(r.id(), List.of()))).toList();
    }
}
