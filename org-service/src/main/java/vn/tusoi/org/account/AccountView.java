package vn.tusoi.org.account;

/**
 * A member's account as provisioned: {@code NONE} when there is none (no email or mobile, or not yet done).
 *
 * @param syncedVersion the version of the member's record the account reflects
 */
public record AccountView(String state, String username, Long syncedVersion, String lastError) {
}
