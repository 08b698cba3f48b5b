package io.aisle.productcsv.api;

import io.aisle.platform.AnswersProblem;
import io.aisle.platform.CurrentUser;
import io.aisle.productcsv.CatalogExport;
import io.aisle.productcsv.CatalogImports;
import io.aisle.productcsv.ImportRun;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Catalog import and export (admin)")
@RestController
@RequestMapping("/api/v1/admin/products")
class ProductCsvController {

    private final CatalogImports imports;
    private final CatalogExport export;
    private final Clock clock;

    ProductCsvController(CatalogImports imports, CatalogExport export, Clock clock) {
        this.imports = imports;
        this.export = export;
        this.clock = clock;
    }

    @Operation(summary = "Import a Shopify product CSV (multipart field \"file\", UTF-8, at most 20 MiB) in the "
            + "background; answers 202 with the run", description = "Follow the run at its Location. A file with any "
            + "error changes nothing: the finished run is FAILED with every error's row, column and message. Rows "
            + "with the same Handle are one product; products are matched by handle, else SKU, and updated.")
    @AnswersProblem(status = 413, when = "The file is larger than AISLE_MAX_UPLOAD_SIZE (20 MB).")
    @AnswersProblem(status = 415, when = "The request is not multipart/form-data.")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportRun> upload(@RequestParam("file") MultipartFile file,
            @Parameter(hidden = true) CurrentUser admin) throws IOException {
        ImportRun run = imports.start(file.getOriginalFilename(), file.getBytes(), admin.email());
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/products/imports/" + run.id())).body(run);
    }

    @Operation(summary = "An import run: status, progress and, when it failed, its report of errors")
    @GetMapping("/imports/{id}")
    ImportRun run(@PathVariable long id) {
        return imports.get(id);
    }

    @Operation(summary = "The latest import runs, newest first")
    @GetMapping("/imports")
    List<ImportRun> runs() {
        return imports.recent(20);
    }

    @Operation(summary = "The catalog as a Shopify product CSV (text/csv), the format the import reads; q keeps the "
            + "products whose name, brand or description has its words")
    @GetMapping(value = "/export", produces = "text/csv")
    void export(@RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("products-" + LocalDate.now(clock) + ".csv").build().toString());
        export.write(response.getWriter(), q);
    }
}
