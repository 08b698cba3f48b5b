package io.aisle.retention;

import io.aisle.platform.NotFoundException;

public class CampaignNotFoundException extends NotFoundException {

    public CampaignNotFoundException(long id) {
        super("There is no campaign " + id + ".");
    }
}
