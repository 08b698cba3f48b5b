package io.aisle.backup;

import io.aisle.platform.AisleException;

/** A database client program ({@code mariadb-dump}, {@code mariadb}) or a file copy failed; its reason is in the detail. */
public class BackupFailedException extends AisleException {

    public BackupFailedException(String detail) {
        super(500, "Failed", detail);
    }
}
