package vn.tusoi.org.member;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A member as the API shows them. {@code personal} (date of birth, card and citizen id numbers, contact) is
 * filled only for the member themselves and for those who maintain their unit's data.
 */
public record MemberView(UUID id, String fullName, UUID homeUnitId, String status, boolean holdsLeadershipPost,
        boolean outsidePoliticalSystem, Personal personal) {

    public record Personal(LocalDate dateOfBirth, String gender, String partyCardNumber, String citizenId,
            LocalDate joinedOn, LocalDate officialOn, String email, String mobile) {
    }

    static MemberView of(Member member, boolean withPersonalData) {
        Personal personal = withPersonalData ? new Personal(member.getDateOfBirth(),
                member.getGender() == null ? null : member.getGender().name(), member.getPartyCardNumber(),
                member.getCitizenId(), member.getJoinedOn(), member.getOfficialOn(), member.getEmail(),
                member.getMobile()) : null;
        return new MemberView(member.getId(), member.getFullName(), member.getHomeUnitId(), member.getStatus().name(),
                member.isHoldsLeadershipPost(), member.isOutsidePoliticalSystem(), personal);
    }
}
