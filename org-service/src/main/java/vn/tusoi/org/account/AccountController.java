package vn.tusoi.org.account;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.tusoi.org.access.CallerScopes;
import vn.tusoi.org.member.MemberService;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.web.ApiException;

@RestController
class AccountController {

    private final MemberAccounts accounts;
    private final ObjectProvider<AccountProvisioner> provisioner;
    private final MemberService members;
    private final CallerScopes scopes;
    private final MessageSource messages;

    AccountController(MemberAccounts accounts, ObjectProvider<AccountProvisioner> provisioner,
            MemberService members, CallerScopes scopes, MessageSource messages) {
        this.messages = messages;
        this.accounts = accounts;
        this.provisioner = provisioner;
        this.members = members;
        this.scopes = scopes;
    }

    @GetMapping("/api/org/members/{memberId}/account")
    @Operation(summary = "Tình trạng tài khoản đăng nhập của một đảng viên (của chính mình, hoặc trong đơn vị mình quản lý)")
    AccountView account(Authentication authentication, @PathVariable UUID memberId, Locale locale) {
        Caller caller = Caller.from(authentication);
        if (members.find(memberId, caller, scopes.of(caller)).personal() == null) {
            throw ApiException.forbidden("account.forbidden");
        }
        return accounts.status(memberId)
                .map(status -> new AccountView(status.state().name(), status.username(), status.syncedVersion(),
                        status.errorKey() == null ? null
                                : messages.getMessage(status.errorKey(), new Object[] {status.errorDetail()},
                                        status.errorKey(), locale)))
                .orElse(new AccountView("NONE", null, null, null));
    }

    @GetMapping("/api/org/accounts/summary")
    @PreAuthorize("hasRole('system-admin')")
    @Operation(summary = "Số tài khoản theo tình trạng (đang dùng, đã khóa, lỗi)")
    Map<String, Long> summary() {
        return accounts.countsByState();
    }

    @PostMapping("/api/org/accounts/sweep")
    @PreAuthorize("hasRole('system-admin')")
    @Operation(summary = "Đồng bộ ngay các tài khoản còn thiếu hoặc cũ (thường chạy định kỳ)")
    Map<String, Integer> sweep() {
        AccountProvisioner running = provisioner.getIfAvailable();
        if (running == null) {
            throw ApiException.conflict("account.provisioning-off");
        }
        return Map.of("handled", running.sweep());
    }
}
