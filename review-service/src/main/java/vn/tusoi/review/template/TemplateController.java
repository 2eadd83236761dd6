package vn.tusoi.review.template;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.tusoi.platform.security.Caller;

@RestController
@RequestMapping("/api/reviews/templates")
class TemplateController {

    private final TemplateCatalog catalog;

    TemplateController(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "Các mẫu kiểm điểm (Mẫu 01, 2A, 2B, 2C, bản cam kết) và phiên bản mới nhất")
    List<TemplateSummary> templates() {
        return catalog.templates();
    }

    @GetMapping("/{code}")
    @Operation(summary = "Phiên bản mới nhất của một mẫu, với các mục và hướng dẫn")
    TemplateVersion latest(@PathVariable String code) {
        return catalog.latest(code);
    }

    @GetMapping("/{code}/versions/{version}")
    @Operation(summary = "Một phiên bản của mẫu (không bao giờ thay đổi sau khi ban hành)")
    TemplateVersion version(@PathVariable String code, @PathVariable int version) {
        return catalog.version(code, version);
    }

    @PostMapping("/{code}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('system-admin')")
    @Operation(summary = "Ban hành phiên bản mới của mẫu (khi có hướng dẫn mới); các phiên bản cũ giữ nguyên")
    ResponseEntity<TemplateVersion> publish(Authentication authentication, @PathVariable String code,
            @Valid @RequestBody NewTemplateVersion request) {
        TemplateVersion published = catalog.publish(code, request, Caller.from(authentication));
        return ResponseEntity.created(URI.create("/api/reviews/templates/" + code + "/versions/"
                + published.version())).body(published);
    }
}
