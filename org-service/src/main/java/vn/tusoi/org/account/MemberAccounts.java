package vn.tusoi.org.account;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;

/** Accounts as provisioned, and the members whose account is missing or behind their record. */
@Repository
class MemberAccounts {

    static final int MAX_ATTEMPTS = 5;

    /** A member's account as stored; the last error is a message key and its argument. */
    record Status(String username, AccountState state, long syncedVersion, String errorKey, String errorDetail) {
    }

    private static final String SEPARATOR = "\u001F";

    private final JdbcClient jdbc;
    private final Clock clock;

    MemberAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Members after {@code after} (by id) who need their account created, updated or disabled: active members
     * with an email or a mobile and no account, and members whose record changed since their account was last
     * written (a failed attempt is retried up to {@link #MAX_ATTEMPTS} times per version of the member).
     */
    List<AccountCandidate> pending(UUID after, int limit) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select m.id, m.version, m.full_name, m.email, m.mobile, m.status, m.party_card_number, m.citizen_id,
                       a.keycloak_user_id,
                       exists(select 1 from unit_position p where p.member_id = m.id and p.title = 'ORG_ADMIN'
                              and p.valid_from <= ? and (p.valid_to is null or p.valid_to >= ?)) as org_admin,
                       exists(select 1 from unit_position p where p.member_id = m.id
                              and p.valid_from <= ? and (p.valid_to is null or p.valid_to >= ?)) as holds_rights
                from member m left join member_account a on a.member_id = m.id
                where m.id > ?
                  and ((a.member_id is null and m.status = 'ACTIVE' and (m.email is not null or m.mobile is not null))
                       or (a.member_id is not null and a.synced_version < m.version
                           and (a.attempts < ? or a.attempt_version < m.version)))
                order by m.id limit ?
                """)
                .params(today, today, today, today, UuidBytes.of(after), MAX_ATTEMPTS, limit)
                .query((rs, row) -> new AccountCandidate(UuidBytes.uuid(rs.getBytes(1)), rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), "ACTIVE".equals(rs.getString(6)),
                        rs.getString(7), rs.getString(8), rs.getBoolean(10), rs.getBoolean(11), rs.getString(9)))
                .list();
    }

    void synced(AccountCandidate member, String keycloakUserId, AccountState state) {
        jdbc.sql("""
                insert into member_account (member_id, username, keycloak_user_id, state, synced_version,
                                            attempt_version, attempts, last_error, updated_at)
                values (?, ?, ?, ?, ?, ?, 0, null, ?)
                on duplicate key update username = values(username), keycloak_user_id = values(keycloak_user_id),
                    state = values(state), synced_version = values(synced_version),
                    attempt_version = values(attempt_version), attempts = 0, last_error = null,
                    updated_at = values(updated_at)
                """)
                .params(UuidBytes.of(member.memberId()), member.username(), keycloakUserId, state.name(),
                        member.version(), member.version(), UtcTimes.of(clock.instant()))
                .update();
    }

    /** Keeps a note on an account that is in line otherwise (a change held back), as a message key and a detail. */
    void note(AccountCandidate member, String messageKey, String detail) {
        jdbc.sql("update member_account set last_error = ? where member_id = ?")
                .params(messageKey + SEPARATOR + (detail == null ? "" : detail), UuidBytes.of(member.memberId()))
                .update();
    }

    /** Records a failed attempt as a message key (rendered in the reader's language) and a technical detail. */
    void failed(AccountCandidate member, String messageKey, String detail) {
        String error = messageKey + SEPARATOR + (detail == null ? "" : detail);
        String message = error.length() > 500 ? error.substring(0, 500) : error;
        jdbc.sql("""
                insert into member_account (member_id, username, keycloak_user_id, state, attempt_version, attempts,
                                            last_error, updated_at)
                values (?, ?, ?, 'FAILED', ?, 1, ?, ?)
                on duplicate key update
                    attempts = if(attempt_version = values(attempt_version), attempts + 1, 1),
                    attempt_version = values(attempt_version), last_error = values(last_error),
                    state = if(keycloak_user_id is null, 'FAILED', state), updated_at = values(updated_at)
                """)
                .params(UuidBytes.of(member.memberId()), member.username(), member.keycloakUserId(),
                        member.version(), message, UtcTimes.of(clock.instant()))
                .update();
    }

    Optional<Status> status(UUID memberId) {
        return jdbc.sql("select username, state, synced_version, last_error from member_account where member_id = ?")
                .param(UuidBytes.of(memberId))
                .query((rs, row) -> {
                    String error = rs.getString(4);
                    String[] parts = error == null ? new String[] {null, null} : error.split(SEPARATOR, 2);
                    return new Status(rs.getString(1), AccountState.valueOf(rs.getString(2)), rs.getLong(3),
                            parts[0], parts.length > 1 ? parts[1] : "");
                })
                .optional();
    }

    Map<String, Long> countsByState() {
        return jdbc.sql("select state, count(*) from member_account group by state")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Takes (or renews) the provisioning lease; false while another instance holds it. */
    boolean lease(String holder, Duration length) {
        var now = clock.instant();
        return jdbc.sql("""
                update account_provisioning_lease set holder = ?, until = ?
                where id = 1 and (holder is null or holder = ? or until < ?)
                """)
                .params(holder, UtcTimes.of(now.plus(length)), holder, UtcTimes.of(now))
                .update() == 1;
    }

    void release(String holder) {
        jdbc.sql("update account_provisioning_lease set holder = null, until = null where id = 1 and holder = ?")
                .param(holder).update();
    }
}
