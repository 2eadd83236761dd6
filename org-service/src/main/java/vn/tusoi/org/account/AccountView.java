package vn.tusoi.org.account;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A member's account as provisioned: {@code NONE} when there is none (no email or mobile, or not yet done).
 *
 * @param syncedVersion the version of the member's record the account reflects
 */
public record AccountView(String state, @Schema(nullable = true) String username,
        @Schema(nullable = true) Long syncedVersion, @Schema(nullable = true) String lastError) {
}
