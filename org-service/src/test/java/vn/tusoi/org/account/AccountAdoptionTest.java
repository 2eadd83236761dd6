package vn.tusoi.org.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.tusoi.org.account.AccountAdoption.ExistingUser;
import vn.tusoi.org.account.AccountAdoption.Refusal;

class AccountAdoptionTest {

    static final UUID MEMBER = UUID.randomUUID();

    static AccountCandidate member(boolean holdsRights) {
        return new AccountCandidate(MEMBER, 3, "Nguyễn Văn An", "an@tusoi.local", null, true, "7000000001", null,
                false, holdsRights, null);
    }

    @Test
    void aUserNamingTheMemberIsTheirAccountWhateverMatched() {
        assertThat(AccountAdoption.adopt(member(false), new ExistingUser("demo-member", MEMBER.toString(),
                Set.of("member", "system-admin")))).isEmpty();
    }

    @Test
    void aUserNamingAnotherMemberIsNeverAdopted() {
        assertThat(AccountAdoption.adopt(member(false), new ExistingUser("7000000001", UUID.randomUUID().toString(),
                Set.of("member")))).contains(Refusal.OWNED_BY_OTHER);
    }

    @Test
    void aUserMatchedOnlyByTheEmailIsNeverAdopted() {
        assertThat(AccountAdoption.adopt(member(false), new ExistingUser("it-staff", null, Set.of())))
                .contains(Refusal.EMAIL_OF_ANOTHER_USER);
    }

    @Test
    void aPrivilegedUserNobodyLinkedIsNeverAdopted() {
        for (String role : AccountAdoption.PRIVILEGED_ROLES) {
            assertThat(AccountAdoption.adopt(member(false), new ExistingUser("7000000001", null, Set.of(role))))
                    .as(role).contains(Refusal.PRIVILEGED_USER);
        }
    }

    @Test
    void aPlainUserWithTheMembersUsernameIsAdopted() {
        assertThat(AccountAdoption.adopt(member(false), new ExistingUser("7000000001", null, Set.of("member"))))
                .isEmpty();
    }

    @Test
    void aChangedEmailIsWrittenOnlyOntoAnAccountWithoutRights() {
        assertThat(AccountAdoption.writesChangedEmail(member(false), Set.of("member"))).isTrue();
        assertThat(AccountAdoption.writesChangedEmail(member(true), Set.of("member"))).isFalse();
        assertThat(AccountAdoption.writesChangedEmail(member(false), Set.of("member", "system-admin"))).isFalse();
    }
}
