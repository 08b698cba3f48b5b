package io.aisle.backup;

import io.aisle.platform.AisleException;

/** A backup or restore that would lose or mix data (a target that is not empty, a damaged backup): nothing changed. */
public class BackupRefusedException extends AisleException {

    public BackupRefusedException(String detail) {
        super(409, "Refused", detail);
    }
}
