package org.hubcycle.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hubcycle.directory.gias.GiasGenerator;
import org.hubcycle.directory.gias.GiasImporter;
import org.hubcycle.directory.gias.ImportReport;
import org.hubcycle.shared.HubScope;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The directory's commands, run as {@code java -jar hubcycle.jar COMMAND …} without the web server:
 * <ul>
 *   <li>{@code import-gias FILE [FILE…]}: imports GIAS extracts into the configured database and
 *   prints what each did; exits 1 if any file was refused.</li>
 *   <li>{@code generate-gias --scale demo|national DIR}: writes fictional extracts in GIAS's formats.</li>
 * </ul>
 */
public final class GiasCommandLine {

    public static final String IMPORT = "import-gias";
    public static final String GENERATE = "generate-gias";

    private GiasCommandLine() {}

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals(IMPORT) || args[0].equals(GENERATE));
    }

    /** Runs the command and returns the process exit status. */
    public static int run(String[] args, Class<?> application, PrintStream out) {
        try {
            return args[0].equals(IMPORT)
                    ? importFiles(Arrays.asList(args).subList(1, args.length), application, out)
                    : generate(Arrays.asList(args).subList(1, args.length), out);
        } catch (IOException e) {
            out.println("Failed: " + e.getMessage());
            return 1;
        }
    }

    private static int generate(List<String> args, PrintStream out) throws IOException {
        if (args.size() != 3 || !args.get(0).equals("--scale")) {
            out.println("Usage: " + GENERATE + " --scale demo|national DIR");
            return 2;
        }
        GiasGenerator.Scale scale;
        try {
            scale = GiasGenerator.Scale.valueOf(args.get(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            out.println("The scale is demo or national, not '" + args.get(1) + "'");
            return 2;
        }
        GiasGenerator.Files3 files = GiasGenerator.write(scale, Path.of(args.get(2)), LocalDate.now());
        out.println("Wrote " + files.establishments() + ", " + files.links() + " and " + files.groups());
        return 0;
    }

    private static int importFiles(List<String> files, Class<?> application, PrintStream out) throws IOException {
        if (files.isEmpty()) {
            out.println("Usage: " + IMPORT + " FILE [FILE…] (establishments, links and groups extracts, in any order)");
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .run("--hubcycle.demo.enabled=false", "--spring.main.banner-mode=off")) {
            GiasImporter importer = context.getBean(GiasImporter.class);
            boolean refused = false;
            for (String name : files) {
                Path file = Path.of(name);
                ImportReport report;
                if (!Files.isRegularFile(file)) {
                    report = ImportReport.refused(name, "there is no such file");
                } else {
                    try (InputStream in = Files.newInputStream(file)) {
                        report = HubScope.asSystem(
                                () -> importer.importFile(file.getFileName().toString(), in));
                    }
                }
                refused |= report.isRefused();
                report.lines().forEach(out::println);
            }
            return refused ? 1 : 0;
        }
    }
}
