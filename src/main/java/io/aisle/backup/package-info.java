/**
 * Backing up and restoring a shop while it runs: its database (a consistent {@code mariadb-dump
 * --single-transaction} snapshot, which lets checkouts go on during the dump) and the files of its
 * {@code AISLE_HOME} (media, models, secrets, mail; not the embedded database's own files), with a manifest of
 * checksums and the schema version that {@code restore} checks before it changes anything. The commands
 * {@code backup} and {@code restore} are its face. Owns no tables; reads the whole database as a client.
 */
@ApplicationModule(allowedDependencies = { "platform" })
package io.aisle.backup;

import org.springframework.modulith.ApplicationModule;
