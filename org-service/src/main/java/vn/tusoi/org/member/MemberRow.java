package vn.tusoi.org.member;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One member as a row of an import file gives them, already read and checked for format. Matched to a member on
 * record by id, else party card number, else citizen id number; the chi bộ is given by its code.
 */
public record MemberRow(int row, UUID id, String fullName, LocalDate dateOfBirth, Member.Gender gender,
        String partyCardNumber, String citizenId, LocalDate joinedOn, LocalDate officialOn, String email,
        String mobile, String homeUnitCode, boolean holdsLeadershipPost, boolean outsidePoliticalSystem) {

    public static final String ID = "id";
    public static final String PARTY_CARD_NUMBER = "partyCardNumber";
    public static final String CITIZEN_ID = "citizenId";
    public static final String HOME_UNIT_CODE = "homeUnitCode";
}
