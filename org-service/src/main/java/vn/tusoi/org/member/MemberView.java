package vn.tusoi.org.member;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A member as the API shows them. {@code personal} (date of birth, card and citizen id numbers, contact) is
 * filled only for the member themselves and for those who maintain their unit's data.
 */
public record MemberView(UUID id, String fullName, UUID homeUnitId, String status, boolean holdsLeadershipPost,
        boolean outsidePoliticalSystem, @Schema(nullable = true) Personal personal) {

    /** Each part is null when the member's record does not have it. */
    public record Personal(@Schema(nullable = true) LocalDate dateOfBirth, @Schema(nullable = true) String gender,
            @Schema(nullable = true) String partyCardNumber, @Schema(nullable = true) String citizenId,
            @Schema(nullable = true) LocalDate joinedOn, @Schema(nullable = true) LocalDate officialOn,
            @Schema(nullable = true) String email, @Schema(nullable = true) String mobile) {
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
