package vn.tusoi.org.member;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A member to enrol in a chi bộ; the mobile number may be written in any usual Vietnamese form. */
public record NewMember(
        @NotBlank @Size(max = 255) String fullName,
        @NotNull UUID homeUnitId,
        @Past LocalDate dateOfBirth,
        Member.Gender gender,
        @Pattern(regexp = "\\d{6,12}") String partyCardNumber,
        @Pattern(regexp = "\\d{12}") String citizenId,
        @PastOrPresent LocalDate joinedOn,
        @PastOrPresent LocalDate officialOn,
        @Email @Size(max = 255) String email,
        @Size(max = 32) String mobile,
        Boolean holdsLeadershipPost,
        Boolean outsidePoliticalSystem) {

    NewMember withMobile(String normalised) {
        return new NewMember(fullName, homeUnitId, dateOfBirth, gender, partyCardNumber, citizenId, joinedOn,
                officialOn, email, normalised, holdsLeadershipPost, outsidePoliticalSystem);
    }
}
