package vn.tusoi.org.member;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A member on record as an import compares it with a row: the fields an import may change. */
record StoredMember(UUID id, String fullName, LocalDate dateOfBirth, Member.Gender gender, String partyCardNumber,
        String citizenId, LocalDate joinedOn, LocalDate officialOn, String email, String mobile, UUID homeUnitId,
        String homeUnitPath, boolean holdsLeadershipPost, boolean outsidePoliticalSystem, Member.Status status) {

    static StoredMember of(MemberRow row, UUID id, UUID homeUnitId, String homeUnitPath) {
        return new StoredMember(id, row.fullName(), row.dateOfBirth(), row.gender(), row.partyCardNumber(),
                row.citizenId(), row.joinedOn(), row.officialOn(), row.email(), row.mobile(), homeUnitId,
                homeUnitPath, row.holdsLeadershipPost(), row.outsidePoliticalSystem(), Member.Status.ACTIVE);
    }

    /** Whether an import would change anything (status is not the import's business). */
    boolean sameAs(StoredMember other) {
        return fullName.equals(other.fullName) && Objects.equals(dateOfBirth, other.dateOfBirth)
                && gender == other.gender && Objects.equals(partyCardNumber, other.partyCardNumber)
                && Objects.equals(citizenId, other.citizenId) && Objects.equals(joinedOn, other.joinedOn)
                && Objects.equals(officialOn, other.officialOn) && Objects.equals(email, other.email)
                && Objects.equals(mobile, other.mobile) && homeUnitId.equals(other.homeUnitId)
                && holdsLeadershipPost == other.holdsLeadershipPost
                && outsidePoliticalSystem == other.outsidePoliticalSystem;
    }

    MemberView view() {
        return new MemberView(id, fullName, homeUnitId, status.name(), holdsLeadershipPost, outsidePoliticalSystem,
                new MemberView.Personal(dateOfBirth, gender == null ? null : gender.name(), partyCardNumber,
                        citizenId, joinedOn, officialOn, email, mobile));
    }
}
