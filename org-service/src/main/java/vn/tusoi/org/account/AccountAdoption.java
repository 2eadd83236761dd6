package vn.tusoi.org.account;

import java.util.Optional;
import java.util.Set;

import vn.tusoi.platform.security.Caller;

/**
 * When provisioning may take a Keycloak user that already exists as a member's account, and when it may write a
 * changed email onto an account. An email is no proof of who owns a user: whoever can change a member's email
 * could otherwise take over a hand-made account, or send the "forgot password" link of a leader's account to an
 * address of their choosing.
 * <ul>
 * <li>a user that names a member is that member's account, and no one else's;</li>
 * <li>a user that names no member is adopted only when its username is the member's (never through the email alone),
 * and never when it holds the system administrator's or the org administrator's role;</li>
 * <li>a changed email is written onto an account, unverified, unless the account has rights beyond a member's
 * (a system or org administrator's role, or a leadership, organization-body or administrator position): that change
 * is held for a system administrator, who checks it with the member.</li>
 * </ul>
 */
final class AccountAdoption {

    /** Realm roles that make a user more than a member's account. */
    static final Set<String> PRIVILEGED_ROLES = Set.of(Caller.ROLE_SYSTEM_ADMIN, Caller.ROLE_ORG_ADMIN);

    enum Refusal {
        OWNED_BY_OTHER("account.error.owned-by-other"),
        EMAIL_OF_ANOTHER_USER("account.error.email-in-use"),
        PRIVILEGED_USER("account.error.privileged");

        private final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    /** A Keycloak user as provisioning finds it: its username, the member it names (or null), its realm roles. */
    record ExistingUser(String username, String memberId, Set<String> realmRoles) {

        boolean privileged() {
            return realmRoles.stream().anyMatch(PRIVILEGED_ROLES::contains);
        }
    }

    private AccountAdoption() {
    }

    static Optional<Refusal> adopt(AccountCandidate member, ExistingUser user) {
        if (user.memberId() != null) {
            return user.memberId().equals(member.memberId().toString()) ? Optional.empty()
                    : Optional.of(Refusal.OWNED_BY_OTHER);
        }
        if (!member.username().equalsIgnoreCase(user.username())) {
            return Optional.of(Refusal.EMAIL_OF_ANOTHER_USER);
        }
        return user.privileged() ? Optional.of(Refusal.PRIVILEGED_USER) : Optional.empty();
    }

    /** Whether the member's email, which differs from the account's, is written onto it now. */
    static boolean writesChangedEmail(AccountCandidate member, Set<String> realmRoles) {
        return !member.holdsRights() && !realmRoles.contains(Caller.ROLE_SYSTEM_ADMIN);
    }
}
