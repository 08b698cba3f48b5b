package io.aisle.promotions;

import io.aisle.platform.NotFoundException;

public class PromotionNotFoundException extends NotFoundException {

    public PromotionNotFoundException(long id) {
        super("There is no promotion " + id + ".");
    }
}
