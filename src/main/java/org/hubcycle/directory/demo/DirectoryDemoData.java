package org.hubcycle.directory.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.Schools;
import org.hubcycle.directory.gias.GiasImporter;
import org.hubcycle.directory.gias.ImportReport;
import org.hubcycle.shared.demo.DemoData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Two fictional hubs, each with three fictional local authorities, and about 2,000 fictional
 * establishments in GIAS's own format (written by {@code generate-gias --scale demo}), imported
 * through the same importer a national admin uses.
 */
@Component
@ConditionalOnProperty(name = "hubcycle.demo.enabled", havingValue = "true")
class DirectoryDemoData implements DemoData {

    static final String DEMO_HUB = "demo-maths-hub";
    static final String SECOND_HUB = "northfield-maths-hub";
    static final List<String> EXTRACTS =
            List.of("allgroupsdata20261101.csv", "edubasealldata20261101.csv", "links_edubasealldata20261101.csv");

    private final Hubs hubs;
    private final Schools schools;
    private final GiasImporter importer;

    DirectoryDemoData(Hubs hubs, Schools schools, GiasImporter importer) {
        this.hubs = hubs;
        this.schools = schools;
        this.importer = importer;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        long demo = hubs.ensure(DEMO_HUB, "Demo Maths Hub").id();
        long northfield = hubs.ensure(SECOND_HUB, "Northfield Maths Hub").id();
        if (schools.search(new SchoolSearch(null, null, "881", null, null, null, null), PageRequest.of(0, 1))
                .isEmpty()) {
            EXTRACTS.forEach(this::importExtract);
        }
        if (hubs.area(demo).isEmpty()) {
            hubs.describe(DEMO_HUB, leadSchool("881"), "hello@demo-maths-hub.test", List.of("881", "882", "883"));
        }
        if (hubs.area(northfield).isEmpty()) {
            hubs.describe(
                    SECOND_HUB, leadSchool("884"), "hello@northfield-maths-hub.test", List.of("884", "885", "886"));
        }
    }

    private void importExtract(String name) {
        try (InputStream in = new ClassPathResource("demo/gias/" + name).getInputStream()) {
            ImportReport report = importer.importFile(name, in);
            if (report.isRefused() || !report.skipped().isEmpty()) {
                throw new IllegalStateException("The demo GIAS file is broken: " + report.lines());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first open secondary school of a local authority, by name. */
    private Integer leadSchool(String laCode) {
        return schools
                .search(new SchoolSearch(null, "Secondary", laCode, null, "Open", null, null), PageRequest.of(0, 1))
                .stream()
                .findFirst()
                .map(s -> s.urn())
                .orElse(null);
    }
}
