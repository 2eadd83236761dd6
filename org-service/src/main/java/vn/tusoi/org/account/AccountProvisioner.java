package vn.tusoi.org.account;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.client.RestClientException;

/**
 * Brings members' Keycloak accounts in line with their records, in batches: new accounts through one partial
 * import per batch (an existing user is adopted rather than duplicated only as {@link AccountAdoption} allows), changed
 * members through the admin API, and members who left get their account disabled. What was written is recorded
 * per member with the member's version, so a restart resumes where it stopped and nothing is done twice. One
 * instance works at a time (a lease row); errors are kept per member and retried.
 */
class AccountProvisioner {

    private static final Logger log = LoggerFactory.getLogger(AccountProvisioner.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final String MEMBER_ID = "memberId";
    private static final String VERIFY_EMAIL = "VERIFY_EMAIL";

    private final MemberAccounts accounts;
    private final KeycloakAdmin keycloak;
    private final int batchSize;
    private final String holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    AccountProvisioner(MemberAccounts accounts, KeycloakAdmin keycloak, AccountProperties properties) {
        this.accounts = accounts;
        this.keycloak = keycloak;
        this.batchSize = properties.batchSize();
    }

    @Scheduled(fixedDelayString = "${tusoi.accounts.sweep-interval}", initialDelayString = "PT5S")
    void scheduledSweep() {
        try {
            sweep();
        } catch (RestClientException unreachable) {
            log.warn("Account provisioning paused: Keycloak did not answer ({})", unreachable.getMessage());
        }
    }

    /** One pass over the members that need work; returns how many members were handled. */
    synchronized int sweep() {
        if (!accounts.lease(holder, LEASE)) {
            return 0;
        }
        int handled = 0;
        long start = System.nanoTime();
        try {
            UUID after = new UUID(0, 0);
            List<AccountCandidate> batch;
            while (!(batch = accounts.pending(after, batchSize)).isEmpty()) {
                provision(batch);
                handled += batch.size();
                after = batch.get(batch.size() - 1).memberId();
                accounts.lease(holder, LEASE);
            }
        } finally {
            accounts.release(holder);
        }
        if (handled > 0) {
            log.info("Accounts: {} members handled in {} ms", handled, (System.nanoTime() - start) / 1_000_000);
        }
        return handled;
    }

    private void provision(List<AccountCandidate> batch) {
        List<AccountCandidate> toCreate = new ArrayList<>();
        for (AccountCandidate member : batch) {
            if (member.keycloakUserId() == null) {
                if (member.active()) {
                    toCreate.add(member);
                } else {
                    accounts.synced(member, null, AccountState.DISABLED);
                }
            } else {
                update(member, member.keycloakUserId());
            }
        }
        if (!toCreate.isEmpty()) {
            create(toCreate);
        }
    }

    private void create(List<AccountCandidate> members) {
        Map<String, AccountCandidate> byUsername = new LinkedHashMap<>();
        members.forEach(member -> byUsername.put(member.username(), member));
        List<KeycloakAdmin.ImportResult> results;
        try {
            results = keycloak.importSkippingExisting(members.stream().map(AccountProvisioner::newUser).toList());
        } catch (RestClientException batchRefused) {
            // one user refuses the whole batch (Keycloak 26 also fails a skipped user that matches only by email):
            // halve the batch until the user is alone, and create that one through the admin API
            if (members.size() == 1) {
                createOne(members.get(0));
            } else {
                log.info("Partial import of {} accounts refused ({}); splitting the batch", members.size(),
                        batchRefused.getMessage());
                create(members.subList(0, members.size() / 2));
                create(members.subList(members.size() / 2, members.size()));
            }
            return;
        }
        Map<String, KeycloakAdmin.ImportResult> byName = new HashMap<>();
        results.forEach(result -> byName.put(result.username().toLowerCase(java.util.Locale.ROOT), result));
        for (AccountCandidate member : members) {
            KeycloakAdmin.ImportResult result = byName.get(member.username().toLowerCase(java.util.Locale.ROOT));
            if (result == null && member.email() != null) {
                result = byName.get(member.email().toLowerCase(java.util.Locale.ROOT));
            }
            if (result == null || result.userId() == null) {
                createOne(member);
            } else if ("ADDED".equals(result.action())) {
                accounts.synced(member, result.userId(), AccountState.ACTIVE);
            } else {
                adopt(member, result.userId());
            }
        }
    }

    private void createOne(AccountCandidate member) {
        try {
            Map<String, Object> user = newUser(member);
            var created = keycloak.create(user);
            if (created.isPresent()) {
                keycloak.grantMember(created.get());
                if (member.orgAdmin()) {
                    keycloak.setOrgAdmin(created.get(), true);
                }
                accounts.synced(member, created.get(), AccountState.ACTIVE);
            } else {
                var existing = keycloak.findByUsernameOrEmail(member.username(), member.email());
                if (existing.isPresent()) {
                    adopt(member, (String) existing.get().get("id"));
                } else {
                    accounts.failed(member, "account.error.refused", member.username());
                }
            }
        } catch (RestClientException refused) {
            accounts.failed(member, "account.error.keycloak", refused.getMessage());
        }
    }

    /**
     * A user with the member's username or email already exists: it becomes their account only as
     * {@link AccountAdoption} allows (never through the email alone, never a privileged user nobody linked).
     */
    private void adopt(AccountCandidate member, String userId) {
        try {
            Map<String, Object> user = keycloak.user(userId);
            var existing = new AccountAdoption.ExistingUser(String.valueOf(user.get("username")),
                    firstAttribute(user, MEMBER_ID), keycloak.realmRoles(userId));
            var refusal = AccountAdoption.adopt(member, existing);
            if (refusal.isPresent()) {
                accounts.failed(member, refusal.get().messageKey(), existing.username());
                return;
            }
            update(member, userId);
        } catch (RestClientException refused) {
            accounts.failed(member, "account.error.keycloak", refused.getMessage());
        }
    }

    /**
     * Writes the member's current name, email, state and org-admin role onto their user. A changed email is written
     * unverified (Keycloak asks the member to verify it), or held when the account has rights beyond a member's.
     */
    private void update(AccountCandidate member, String userId) {
        try {
            Map<String, Object> user = KeycloakAdmin.copy(keycloak.user(userId));
            user.put("firstName", member.givenName());
            user.put("lastName", member.familyName());
            boolean emailHeld = false;
            if (member.email() != null && !member.email().equalsIgnoreCase(String.valueOf(user.get("email")))) {
                if (AccountAdoption.writesChangedEmail(member, keycloak.realmRoles(userId))) {
                    user.put("email", member.email());
                    user.put("emailVerified", false);
                    List<Object> actions = new ArrayList<>(requiredActions(user));
                    if (!actions.contains(VERIFY_EMAIL)) {
                        actions.add(VERIFY_EMAIL);
                    }
                    user.put("requiredActions", actions);
                } else {
                    emailHeld = true;
                }
            }
            user.put("enabled", member.active());
            @SuppressWarnings("unchecked")
            Map<String, Object> attributes = new HashMap<>((Map<String, Object>) user.getOrDefault("attributes",
                    Map.of()));
            attributes.put(MEMBER_ID, List.of(member.memberId().toString()));
            user.put("attributes", attributes);
            keycloak.update(userId, user);
            if (member.active()) {
                keycloak.setOrgAdmin(userId, member.orgAdmin());
            }
            accounts.synced(member, userId, member.active() ? AccountState.ACTIVE : AccountState.DISABLED);
            if (emailHeld) {
                accounts.note(member, "account.email.held", member.email());
            }
        } catch (RestClientException refused) {
            accounts.failed(member, "account.error.keycloak", refused.getMessage());
        }
    }

    private static List<?> requiredActions(Map<String, Object> user) {
        return user.get("requiredActions") instanceof List<?> list ? list : List.of();
    }

    /** A new account: no password (the member sets one through "forgot password"), rights from positions. */
    static Map<String, Object> newUser(AccountCandidate member) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", member.username());
        if (member.email() != null) {
            user.put("email", member.email());
        }
        user.put("firstName", member.givenName());
        user.put("lastName", member.familyName());
        user.put("enabled", true);
        user.put("emailVerified", false);
        user.put("attributes", Map.of(MEMBER_ID, List.of(member.memberId().toString()), "locale", List.of("vi")));
        user.put("realmRoles", member.orgAdmin() ? List.of("member", "org-admin") : List.of("member"));
        return user;
    }

    @SuppressWarnings("unchecked")
    private static String firstAttribute(Map<String, Object> user, String name) {
        Object values = ((Map<String, Object>) user.getOrDefault("attributes", Map.of())).get(name);
        return values instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.get(0)) : null;
    }
}
