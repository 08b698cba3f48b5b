package io.aisle.retention;

/** How far a campaign's offers are: members by state, and how many members' accounts were deleted since. */
public record CampaignProgress(long members, long control, long pending, long offered, long skipped, long left) {

    public long treated() {
        return members - control;
    }

    /** Offers still to send (they resume after a restart). */
    public boolean sending() {
        return pending > 0;
    }
}
