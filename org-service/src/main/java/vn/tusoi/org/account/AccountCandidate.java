package vn.tusoi.org.account;

import java.util.UUID;

/**
 * A member whose account is missing or behind their record, with what the account should say.
 *
 * @param orgAdmin    holds an organization administrator's position today (the account gets the org-admin role)
 * @param holdsRights holds any position today beyond a member's: leadership, the organization body or an
 *                    administrator's
 */
record AccountCandidate(UUID memberId, long version, String fullName, String email, String mobile, boolean active,
        String partyCardNumber, String citizenId, boolean orgAdmin, boolean holdsRights, String keycloakUserId) {

    /** Members log in with their party card number (or citizen id, for those without a card yet). */
    String username() {
        if (partyCardNumber != null) {
            return partyCardNumber;
        }
        return citizenId != null ? citizenId : memberId.toString();
    }

    /** Keycloak's family name is the Vietnamese họ, its given name the rest (tên đệm and tên). */
    String familyName() {
        int space = fullName.indexOf(' ');
        return space < 0 ? fullName : fullName.substring(0, space);
    }

    String givenName() {
        int space = fullName.indexOf(' ');
        return space < 0 ? "" : fullName.substring(space + 1);
    }
}
