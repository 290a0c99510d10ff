package org.hubcycle.directory.gias;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migrations that gave schools imported before them their words (22) and then each word its school's
 * name (29), run in turn on a database of their own, as an older installation meets them.
 */
class SchoolWordMigrationsTest {

    private final JdbcDataSource database = new JdbcDataSource();
    private final JdbcTemplate jdbc = new JdbcTemplate(database);

    SchoolWordMigrationsTest() {
        database.setURL("jdbc:h2:mem:school-word-migrations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        database.setUser("sa");
    }

    @Test
    void schoolsImportedBeforeTheWordsAreFoundByThemAndOrderedByName() {
        migrateTo("21");
        jdbc.update("insert into local_authority (code, name) values ('999', 'Testshire')");
        jdbc.update("insert into school (urn, name, search_name, search_text, la_code, type_name, type_group, status,"
                + " phase, content_hash) values (100001, 'Yarrowfield Junior School', 'yarrowfield junior school',"
                + " 'yarrowfield junior school | testbury', '999', 'Community school', 'Local authority maintained"
                + " schools', 'Open', 'Primary', 'x')");

        migrateTo("22");
        assertThat(jdbc.queryForList("select word from school_word where urn = 100001", String.class))
                .containsExactlyInAnyOrder("yarrowfield", "junior", "school", "testbury");

        migrateTo("latest");
        assertThat(jdbc.queryForList("select word, search_name from school_word where urn = 100001"))
                .hasSize(4)
                .allSatisfy(row -> assertThat(row).containsEntry("search_name", "yarrowfield junior school"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from information_schema.columns where table_name = 'school_word'"
                                + " and column_name = 'search_name' and is_nullable = 'NO'",
                        Integer.class))
                .isEqualTo(1);
    }

    private void migrateTo(String version) {
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .javaMigrations(new SchoolWordsMigration())
                .target(version)
                .load()
                .migrate();
    }
}
