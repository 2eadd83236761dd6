package vn.tusoi.review.suggestion;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
@RequestMapping("/api/reviews/campaigns/{campaignId}/suggestions")
class SuggestionController {

    private final SuggestionService suggestions;

    SuggestionController(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Gợi ý kiểm điểm cho một tổ chức hoặc một đảng viên cấp dưới trong phạm vi đợt")
    ResponseEntity<Suggestion> issue(Authentication authentication, @PathVariable UUID campaignId,
            @Valid @RequestBody NewSuggestion request) {
        Suggestion issued = suggestions.issue(campaignId, request, Caller.from(authentication));
        return ResponseEntity.created(URI.create("/api/reviews/campaigns/" + campaignId + "/suggestions/"
                + issued.id())).body(issued);
    }

    @GetMapping
    @Operation(summary = "Các gợi ý kiểm điểm của đợt")
    List<Suggestion> list(Authentication authentication, @PathVariable UUID campaignId) {
        return suggestions.list(campaignId, Caller.from(authentication));
    }
}
