package org.hubcycle.directory.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.hubcycle.directory.ImportReport;
import org.hubcycle.directory.gias.GiasImporter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The national admin uploads GIAS extracts and sees what each did. */
@Controller
@PreAuthorize("hasRole('NATIONAL_ADMIN')")
class GiasImportController {

    private final GiasImporter importer;

    GiasImportController(GiasImporter importer) {
        this.importer = importer;
    }

    @GetMapping("/directory/import")
    String form(Model model) {
        model.addAttribute("section", "import");
        return "directory/import";
    }

    @PostMapping("/directory/import")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model) throws IOException {
        model.addAttribute("section", "import");
        List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty() || (f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())).toList();
        if (chosen.isEmpty()) {
            model.addAttribute("noFiles", true);
            return "directory/import";
        }
        List<ImportReport> reports = new ArrayList<>();
        for (MultipartFile file : chosen) {
            try (InputStream in = file.getInputStream()) {
                reports.add(importer.importFile(file.getOriginalFilename(), in));
            }
        }
        model.addAttribute("reports", reports);
        return "directory/import";
    }
}
