package vn.tusoi.org.member;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<Member, UUID> {

    boolean existsByPartyCardNumber(String partyCardNumber);

    boolean existsByCitizenId(String citizenId);
}
