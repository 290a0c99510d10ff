package org.hubcycle.directory.gias;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.hubcycle.directory.domain.SchoolWords;
import org.springframework.stereotype.Component;

/**
 * Migration 22: writes the words of the schools already imported (migration 21 made their table), from
 * the search text the import stored. Java, because the words are cut by {@link SchoolWords}, the same
 * code the import uses. Flyway runs it once, between the SQL migrations 21 and 23, on the table as
 * migration 21 made it (migration 29 gives each word its school's name).
 */
@Component
class SchoolWordsMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("22");
    }

    @Override
    public String getDescription() {
        return "directory school words";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement schools = connection.createStatement();
                ResultSet school = schools.executeQuery("select urn, search_text from school");
                PreparedStatement insert =
                        connection.prepareStatement("insert into school_word (urn, word) values (?, ?)")) {
            int pending = 0;
            while (school.next()) {
                for (String word : SchoolWords.of(school.getString(2))) {
                    insert.setInt(1, school.getInt(1));
                    insert.setString(2, word);
                    insert.addBatch();
                    if (++pending % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }
}
