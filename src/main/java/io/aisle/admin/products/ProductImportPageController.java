package io.aisle.admin.products;

import io.aisle.platform.AisleException;
import io.aisle.platform.CurrentUser;
import io.aisle.platform.Htmx;
import io.aisle.productcsv.CatalogExport;
import io.aisle.productcsv.CatalogImports;
import io.aisle.productcsv.ImportRun;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * Catalog import and export in Shopify's product CSV format: upload a file, follow its run (htmx polls the
 * progress every half second and swaps in the report when the run ends; without JavaScript, the page's Refresh
 * link does), and download the catalog as such a file.
 */
@Controller
class ProductImportPageController {

    static final int RECENT_RUNS = 10;

    private final CatalogImports imports;
    private final CatalogExport export;
    private final Clock clock;

    ProductImportPageController(CatalogImports imports, CatalogExport export, Clock clock) {
        this.imports = imports;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/admin/products/import")
    String page(Model model) {
        model.addAttribute("runs", imports.recent(RECENT_RUNS));
        return "admin/products/import";
    }

    @PostMapping("/admin/products/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, CurrentUser admin) throws IOException {
        ImportRun run = imports.start(file == null ? null : file.getOriginalFilename(),
                file == null ? new byte[0] : file.getBytes(), admin.email());
        return "redirect:/admin/products/import/" + run.id();
    }

    /** The run's page, or for htmx's polling only its progress and report. */
    @GetMapping("/admin/products/import/{id}")
    String run(@PathVariable long id, Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("run", imports.get(id));
        return Htmx.view(request, response, "admin/products/import-run", "run");
    }

    @GetMapping("/admin/products/export.csv")
    void download(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("products-" + LocalDate.now(clock) + ".csv").build().toString());
        export.write(response.getWriter());
    }

    /** A refused upload (no file, an empty or too large one): the page again, saying why. */
    @ExceptionHandler(AisleException.class)
    ModelAndView refused(AisleException refusal) {
        Model model = new ExtendedModelMap();
        page(model);
        model.addAttribute("error", refusal.detail());
        return new ModelAndView("admin/products/import", model.asMap(), HttpStatus.valueOf(refusal.status()));
    }
}
