package io.aisle.returns;

import io.aisle.platform.InvalidRequestException;
import java.util.Arrays;
import java.util.Locale;

/** Why the customer sends goods back; {@link #OTHER} needs their own words. */
public enum ReturnReason {
    WRONG_SIZE("Wrong size"),
    DAMAGED("Arrived damaged"),
    NOT_AS_DESCRIBED("Not as described"),
    CHANGED_MIND("Changed my mind"),
    OTHER("Other");

    private final String label;

    ReturnReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The reason named by a caller, in any letter case; anything else is a 400 listing the reasons. */
    public static ReturnReason parse(String name) {
        String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(reason -> reason.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("reason", "must be one of "
                        + Arrays.toString(values())));
    }
}
