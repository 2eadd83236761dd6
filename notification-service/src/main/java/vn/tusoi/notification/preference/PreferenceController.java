package vn.tusoi.notification.preference;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.web.ApiException;

@RestController
@RequestMapping("/api/notifications/preferences")
class PreferenceController {

    private final Preferences preferences;

    PreferenceController(Preferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    @Operation(summary = "Cách tôi nhận thông báo: thư điện tử, tin nhắn SMS, ngôn ngữ")
    Preference mine(Authentication authentication) {
        return preferences.of(member(authentication));
    }

    @PutMapping
    @Operation(summary = "Bật, tắt thư điện tử hoặc SMS; chọn ngôn ngữ (vi, en)")
    Preference save(Authentication authentication, @Valid @RequestBody Preference preference) {
        return preferences.save(member(authentication), preference);
    }

    private static UUID member(Authentication authentication) {
        return Caller.from(authentication).memberId()
                .orElseThrow(() -> ApiException.forbidden("notification.member-only"));
    }
}
