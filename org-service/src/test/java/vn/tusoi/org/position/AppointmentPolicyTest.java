package vn.tusoi.org.position;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.tusoi.org.position.AppointmentPolicy.Appointer;
import vn.tusoi.org.position.AppointmentPolicy.Refusal;

class AppointmentPolicyTest {

    static final String PROVINCE = "/p/";
    static final String COMMUNE = "/p/x/";
    static final String CELL = "/p/x/c/";
    static final UUID SOMEONE = UUID.randomUUID();
    static final UUID ME = UUID.randomUUID();

    static Appointer administrator(String path) {
        return new Appointer(false, Optional.of(ME), Set.of(path),
                List.of(new HeldPosition(PositionTitle.ORG_ADMIN, UUID.randomUUID(), path)));
    }

    static Appointer holding(PositionTitle title, String path) {
        return new Appointer(false, Optional.of(ME), Set.of(), List.of(new HeldPosition(title, UUID.randomUUID(), path)));
    }

    static final Appointer SYSTEM_ADMIN = new Appointer(true, Optional.of(ME), Set.of(), List.of());

    @Test
    void nobodyAppointsThemselvesNotEvenASystemAdministrator() {
        assertThat(AppointmentPolicy.appoint(SYSTEM_ADMIN, ME, PositionTitle.ORG_BODY, COMMUNE))
                .contains(Refusal.SELF_APPOINTMENT);
        assertThat(AppointmentPolicy.appoint(administrator(PROVINCE), ME, PositionTitle.ORG_ADMIN, CELL))
                .contains(Refusal.SELF_APPOINTMENT);
        assertThat(AppointmentPolicy.appoint(holding(PositionTitle.BI_THU, PROVINCE), ME, PositionTitle.BI_THU, CELL))
                .contains(Refusal.SELF_APPOINTMENT);
    }

    @Test
    void anAdministratorGivesNeitherLeadershipNorTheOrganizationBody() {
        for (PositionTitle title : PositionTitle.values()) {
            if (title != PositionTitle.ORG_ADMIN) {
                assertThat(AppointmentPolicy.appoint(administrator(PROVINCE), SOMEONE, title, COMMUNE)).as(title.name())
                        .contains(Refusal.NOT_FROM_ABOVE);
            }
        }
    }

    @Test
    void anAdministratorGivesTheAdministrationOfTheirSubtreeOnly() {
        assertThat(AppointmentPolicy.appoint(administrator(COMMUNE), SOMEONE, PositionTitle.ORG_ADMIN, CELL)).isEmpty();
        assertThat(AppointmentPolicy.appoint(administrator(CELL), SOMEONE, PositionTitle.ORG_ADMIN, COMMUNE))
                .contains(Refusal.NOT_MANAGED);
    }

    @Test
    void theSuperiorCommitteeGivesAnyTitleBelowIt() {
        for (PositionTitle committee : AppointmentPolicy.COMMITTEE) {
            for (PositionTitle title : PositionTitle.values()) {
                assertThat(AppointmentPolicy.appoint(holding(committee, COMMUNE), SOMEONE, title, CELL))
                        .as(committee + " gives " + title).isEmpty();
            }
        }
    }

    @Test
    void aCommitteeDoesNotGiveTitlesInItsOwnUnit() {
        assertThat(AppointmentPolicy.appoint(holding(PositionTitle.BI_THU, COMMUNE), SOMEONE, PositionTitle.ORG_BODY,
                COMMUNE)).contains(Refusal.NOT_FROM_ABOVE);
    }

    @Test
    void neitherTheOrganizationBodyNorACommitteeMemberActsAsTheSuperiorCommittee() {
        assertThat(AppointmentPolicy.appoint(holding(PositionTitle.ORG_BODY, PROVINCE), SOMEONE, PositionTitle.BI_THU,
                CELL)).contains(Refusal.NOT_FROM_ABOVE);
        assertThat(AppointmentPolicy.appoint(holding(PositionTitle.CAP_UY_VIEN, PROVINCE), SOMEONE,
                PositionTitle.BI_THU, CELL)).contains(Refusal.NOT_FROM_ABOVE);
    }

    @Test
    void aSystemAdministratorGivesAnyTitleToSomeoneElse() {
        for (PositionTitle title : PositionTitle.values()) {
            assertThat(AppointmentPolicy.appoint(SYSTEM_ADMIN, SOMEONE, title, PROVINCE)).as(title.name()).isEmpty();
        }
    }

    @Test
    void anAdministratorEndsAnyTitleInTheirSubtreeButNotElsewhere() {
        assertThat(AppointmentPolicy.end(administrator(COMMUNE), PositionTitle.BI_THU, CELL)).isEmpty();
        assertThat(AppointmentPolicy.end(administrator(CELL), PositionTitle.ORG_ADMIN, COMMUNE))
                .contains(Refusal.NOT_MANAGED);
        assertThat(AppointmentPolicy.end(holding(PositionTitle.PHO_BI_THU, COMMUNE), PositionTitle.BI_THU, CELL))
                .isEmpty();
    }

    @Test
    void aCallerWithNoRightOverTheUnitIsRefusedAsForAnyChange() {
        Appointer elsewhere = holding(PositionTitle.BI_THU, "/p/y/");
        assertThat(AppointmentPolicy.appoint(elsewhere, SOMEONE, PositionTitle.BI_THU, CELL))
                .contains(Refusal.NOT_MANAGED);
    }
}
