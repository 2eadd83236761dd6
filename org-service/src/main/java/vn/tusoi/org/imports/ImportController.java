package vn.tusoi.org.imports;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.web.ApiException;

@RestController
@RequestMapping("/api/org/imports")
@PreAuthorize("hasAnyRole('org-admin', 'system-admin')")
class ImportController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Nhập danh sách đơn vị hoặc đảng viên từ tệp XLSX/CSV (chạy nền; theo dõi tiến độ)")
    ResponseEntity<ImportJobView> submit(Authentication authentication, @RequestParam ImportKind kind,
            @RequestPart("file") MultipartFile file, Locale locale) throws IOException {
        if (file.isEmpty()) {
            throw ApiException.badRequest("import.file.empty");
        }
        Caller caller = Caller.from(authentication);
        UUID id = imports.submit(kind, file.getOriginalFilename(), file.getBytes(), caller);
        return ResponseEntity.accepted().location(URI.create("/api/org/imports/" + id))
                .body(imports.find(id, caller, locale));
    }

    @GetMapping("/{jobId}")
    @Operation(summary = "Tiến độ và kết quả của một lần nhập")
    ImportJobView find(Authentication authentication, @PathVariable UUID jobId, Locale locale) {
        return imports.find(jobId, Caller.from(authentication), locale);
    }

    @GetMapping("/{jobId}/errors")
    @Operation(summary = "Các lỗi theo dòng, cột của tệp bị từ chối")
    List<RowErrorView> errors(Authentication authentication, @PathVariable UUID jobId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size, Locale locale) {
        return imports.problems(jobId, Caller.from(authentication), page, size, locale);
    }

    @GetMapping("/templates/{kind}")
    @Operation(summary = "Tải tệp mẫu (XLSX có trang hướng dẫn, hoặc CSV UTF-8)")
    ResponseEntity<byte[]> template(@PathVariable ImportKind kind,
            @RequestParam(defaultValue = "xlsx") String format) {
        boolean csv = "csv".equalsIgnoreCase(format);
        byte[] body = csv ? SpreadsheetWriter.csv(kind, List.of()) : SpreadsheetWriter.xlsx(kind, List.of(), true);
        return download(body, csv, "mau-nhap-" + kind.name().toLowerCase(Locale.ROOT));
    }

    static ResponseEntity<byte[]> download(byte[] body, boolean csv, String baseName) {
        String fileName = baseName + (csv ? ".csv" : ".xlsx");
        return ResponseEntity.ok()
                .contentType(csv ? CSV : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
