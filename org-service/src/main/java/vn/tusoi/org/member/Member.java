package vn.tusoi.org.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.tusoi.platform.text.VietnameseText;

/** A Party member (đảng viên), in their home chi bộ. */
@Entity
@Table(name = "member")
public class Member {

    public enum Status { ACTIVE, TRANSFERRED, LEFT, DECEASED }

    public enum Gender { MALE, FEMALE }

    @Id
    private UUID id;

    @Column(name = "full_name")
    private String fullName;

    @Column(name = "name_search")
    private String nameSearch;

    @Column(name = "home_unit_id")
    private UUID homeUnitId;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Version
    private long version;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Column(name = "party_card_number")
    private String partyCardNumber;

    @Column(name = "citizen_id")
    private String citizenId;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Column(name = "official_on")
    private LocalDate officialOn;

    private String email;

    private String mobile;

    @Column(name = "holds_leadership_post")
    private boolean holdsLeadershipPost;

    @Column(name = "outside_political_system")
    private boolean outsidePoliticalSystem;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Member() {
    }

    Member(UUID id, NewMember details, Instant now) {
        this.id = id;
        this.fullName = details.fullName().trim();
        this.nameSearch = VietnameseText.fold(fullName);
        this.homeUnitId = details.homeUnitId();
        this.status = Status.ACTIVE;
        this.dateOfBirth = details.dateOfBirth();
        this.gender = details.gender();
        this.partyCardNumber = blankToNull(details.partyCardNumber());
        this.citizenId = blankToNull(details.citizenId());
        this.joinedOn = details.joinedOn();
        this.officialOn = details.officialOn();
        this.email = blankToNull(details.email());
        this.mobile = details.mobile();
        this.holdsLeadershipPost = Boolean.TRUE.equals(details.holdsLeadershipPost());
        this.outsidePoliticalSystem = Boolean.TRUE.equals(details.outsidePoliticalSystem());
        this.createdAt = now;
        this.updatedAt = now;
    }

    void transferTo(UUID unitId, Instant now) {
        this.homeUnitId = unitId;
        this.updatedAt = now;
    }

    void leave(Status newStatus, Instant now) {
        this.status = newStatus;
        this.updatedAt = now;
    }

    /** Positions are part of the state other services receive: a change of them is a new version. */
    void positionsChanged(Instant now) {
        this.updatedAt = now;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public UUID getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public UUID getHomeUnitId() {
        return homeUnitId;
    }

    public Status getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public Gender getGender() {
        return gender;
    }

    public String getPartyCardNumber() {
        return partyCardNumber;
    }

    public String getCitizenId() {
        return citizenId;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getOfficialOn() {
        return officialOn;
    }

    public String getEmail() {
        return email;
    }

    public String getMobile() {
        return mobile;
    }

    public boolean isHoldsLeadershipPost() {
        return holdsLeadershipPost;
    }

    public boolean isOutsidePoliticalSystem() {
        return outsidePoliticalSystem;
    }
}
