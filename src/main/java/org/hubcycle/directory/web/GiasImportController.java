package org.hubcycle.directory.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.hubcycle.directory.gias.GiasImporter;
import org.hubcycle.directory.gias.ImportHistory;
import org.hubcycle.directory.gias.ImportReport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The national admin uploads GIAS extracts and sees what each did. */
@Controller
@PreAuthorize("hasRole('NATIONAL_ADMIN')")
class GiasImportController {

    private final GiasImporter importer;
    private final ImportHistory history;

    GiasImportController(GiasImporter importer, ImportHistory history) {
        this.importer = importer;
        this.history = history;
    }

    @ModelAttribute
    void page(Model model) {
        model.addAttribute("section", "import");
    }

    @GetMapping("/directory/import")
    String form(Model model) {
        model.addAttribute("history", history.recent());
        return "directory/import";
    }

    @PostMapping("/directory/import")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model)
            throws IOException {
        List<MultipartFile> chosen = files == null
                ? List.of()
                : files.stream()
                        .filter(file -> !file.isEmpty()
                                || (file.getOriginalFilename() != null
                                        && !file.getOriginalFilename().isBlank()))
                        .toList();
        if (chosen.isEmpty()) {
            model.addAttribute("noFiles", true);
            model.addAttribute("history", history.recent());
            return "directory/import";
        }
        List<ImportReport> reports = new ArrayList<>();
        for (MultipartFile file : chosen) {
            try (InputStream in = file.getInputStream()) {
                reports.add(importer.importFile(file.getOriginalFilename(), in));
            }
        }
        model.addAttribute("reports", reports);
        model.addAttribute("history", history.recent());
        return "directory/import";
    }
}
