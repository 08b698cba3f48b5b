package io.aisle.backup.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Whether the database held any table before this process's start migrated it: a fresh embedded home, or an
 * empty external database. That is the one non-empty database {@code restore} may replace without
 * {@code --force}, since everything in it was made by the start of the restore command itself.
 */
@Component
class SchemaAtStart implements Callback {

    private volatile Boolean empty;

    boolean wasEmpty() {
        return Boolean.TRUE.equals(empty);
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        if (empty != null) {
            return;
        }
        // Flyway may already have created its history table by now
        try (Statement statement = context.getConnection().createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables "
                        + "WHERE table_schema = DATABASE() AND table_name <> 'flyway_schema_history'")) {
            count.next();
            empty = count.getLong(1) == 0;
        } catch (SQLException e) {
            empty = false; // unknown counts as not empty: restore then asks for --force
        }
    }

    @Override
    public String getCallbackName() {
        return "aisle-schema-at-start";
    }
}
