package vn.tusoi.org.member;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.events.MemberChanged;
import vn.tusoi.org.access.CallerScope;
import vn.tusoi.org.audit.AuditLog;
import vn.tusoi.org.position.PositionDirectory;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.audit.ReadAudit;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.text.VietnamesePhone;
import vn.tusoi.platform.web.ApiException;

/** Enrolling, finding and transferring members; every change is audited and published on org.members.v1. */
@Service
public class MemberService {

    static final String AUDIT_TYPE = "MEMBER";

    private final ReadAudit reads;
    private final MemberRepository members;
    private final MemberSearch search;
    private final HomeUnits homeUnits;
    private final PositionDirectory positions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    MemberService(MemberRepository members, MemberSearch search, HomeUnits homeUnits, PositionDirectory positions,
            AuditLog audit, ApplicationEventPublisher events, JdbcClient jdbc, ReadAudit reads, Clock clock) {
        this.members = members;
        this.reads = reads;
        this.search = search;
        this.homeUnits = homeUnits;
        this.positions = positions;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Enrols a member by the system itself (seeding, import); {@code id} null for a new one. */
    @Transactional
    public Member register(UUID id, NewMember details) {
        return enrol(id == null ? Ids.newId() : id, details, activeCell(details.homeUnitId()));
    }

    @Transactional
    public Member register(NewMember details, Caller caller, CallerScope scope) {
        HomeUnits.HomeUnit cell = activeCell(details.homeUnitId());
        requireManaged(cell, scope);
        Member member = enrol(Ids.newId(), details, cell);
        audit.record(caller, "ENROL", AUDIT_TYPE, member.getId(), null, MemberView.of(member, true));
        return member;
    }

    /**
     * A member's record as its reader opens it: personal data shown to anyone but the member is recorded (who,
     * whose, when) in the read audit, in the same transaction.
     */
    @Transactional
    public MemberView read(UUID memberId, Caller caller, CallerScope scope) {
        MemberView view = find(memberId, caller, scope);
        if (view.personal() != null && caller.memberId().filter(memberId::equals).isEmpty()) {
            reads.read(caller, "MEMBER_PERSONAL", memberId);
        }
        return view;
    }

    @Transactional(readOnly = true)
    public MemberView find(UUID memberId, Caller caller, CallerScope scope) {
        Member member = members.findById(memberId).orElseThrow(() -> notFound(memberId));
        boolean self = caller.memberId().filter(memberId::equals).isPresent();
        String path = homeUnits.find(member.getHomeUnitId()).map(HomeUnits.HomeUnit::path).orElse("");
        if (!self && !scope.canSeeMembersOf(path)) {
            throw notFound(memberId);
        }
        return MemberView.of(member, self || scope.canManage(path));
    }

    /** Members under a unit the caller leads or maintains (or every visible subtree), by name or card number. */
    @Transactional(readOnly = true)
    public MemberPage search(UUID unitId, String name, String partyCardNumber, CallerScope scope, int page,
            int size) {
        List<String> subtrees;
        if (unitId != null) {
            HomeUnits.HomeUnit unit = homeUnits.find(unitId).filter(u -> scope.canSeeMembersOf(u.path()))
                    .orElseThrow(() -> ApiException.notFound("unit.not-found", unitId));
            subtrees = List.of(unit.path());
        } else {
            subtrees = scope.everything() ? null : List.copyOf(scope.visiblePaths());
        }
        if (subtrees != null && subtrees.isEmpty()) {
            return new MemberPage(List.of(), page, size, 0);
        }
        MemberSearch.Found found = search.search(subtrees, name, partyCardNumber, page, size);
        Map<UUID, Member> byId = members.findAllById(found.hits().stream().map(MemberSearch.Hit::id).toList())
                .stream().collect(Collectors.toMap(Member::getId, Function.identity()));
        List<MemberView> views = found.hits().stream()
                .map(hit -> MemberView.of(byId.get(hit.id()), scope.canManage(hit.homeUnitPath())))
                .toList();
        return new MemberPage(views, page, size, found.total());
    }

    /** Chuyển sinh hoạt đảng: the member moves to another chi bộ; where they were is kept. */
    @Transactional
    public Member transfer(UUID memberId, TransferRequest request, Caller caller, CallerScope scope) {
        Member member = members.findById(memberId).orElseThrow(() -> notFound(memberId));
        HomeUnits.HomeUnit from = homeUnits.find(member.getHomeUnitId()).orElseThrow();
        if (!scope.canSeeMembersOf(from.path())) {
            throw notFound(memberId);
        }
        requireManaged(from, scope);
        HomeUnits.HomeUnit to = activeCell(request.toUnitId());
        requireManaged(to, scope);
        if (to.id().equals(from.id())) {
            throw ApiException.conflict("member.transfer.same-unit", to.name());
        }
        MemberView before = MemberView.of(member, true);
        member.transferTo(to.id(), clock.instant());
        Member saved = members.saveAndFlush(member);
        jdbc.sql("""
                insert into member_transfer (id, member_id, from_unit_id, to_unit_id, transferred_on, recorded_at,
                                             actor)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(UuidBytes.of(Ids.newId()), UuidBytes.of(memberId), UuidBytes.of(from.id()),
                        UuidBytes.of(to.id()), request.transferredOn(), UtcTimes.of(clock.instant()),
                        caller.subject())
                .update();
        audit.record(caller, "TRANSFER", AUDIT_TYPE, memberId, before, MemberView.of(saved, true));
        publish(saved, to.path());
        return saved;
    }

    /** Transferred out of the province, left the Party, or deceased: positions end that day, rights with them. */
    @Transactional
    public Member leave(UUID memberId, StatusChangeRequest request, Caller caller, CallerScope scope) {
        Member member = members.findById(memberId).orElseThrow(() -> notFound(memberId));
        HomeUnits.HomeUnit home = homeUnits.find(member.getHomeUnitId()).orElseThrow();
        if (!scope.canSeeMembersOf(home.path())) {
            throw notFound(memberId);
        }
        requireManaged(home, scope);
        if (request.status() == Member.Status.ACTIVE) {
            throw ApiException.badRequest("member.status.not-a-departure");
        }
        if (member.getStatus() != Member.Status.ACTIVE) {
            throw ApiException.conflict("member.status.not-active", member.getFullName());
        }
        MemberView before = MemberView.of(member, true);
        positions.endAll(memberId, request.on().minusDays(1));
        member.leave(request.status(), clock.instant());
        Member saved = members.saveAndFlush(member);
        audit.record(caller, "LEAVE_" + request.status().name(), AUDIT_TYPE, memberId, before,
                MemberView.of(saved, true));
        publish(saved, home.path());
        return saved;
    }

    /** After a position of the member changed: a new version of the member, published with its positions. */
    @Transactional
    public void positionsChanged(UUID memberId) {
        Member member = members.findById(memberId).orElseThrow(() -> notFound(memberId));
        member.positionsChanged(clock.instant());
        Member saved = members.saveAndFlush(member);
        publish(saved, homeUnits.find(saved.getHomeUnitId()).orElseThrow().path());
    }

    private Member enrol(UUID id, NewMember details, HomeUnits.HomeUnit cell) {
        NewMember normalised = details;
        if (details.mobile() != null && !details.mobile().isBlank()) {
            normalised = details.withMobile(VietnamesePhone.normalize(details.mobile())
                    .orElseThrow(() -> ApiException.badRequest("member.mobile.invalid", details.mobile())));
        }
        if (normalised.joinedOn() != null && normalised.officialOn() != null
                && normalised.officialOn().isBefore(normalised.joinedOn())) {
            throw ApiException.badRequest("member.official-before-joined");
        }
        if (normalised.partyCardNumber() != null && !normalised.partyCardNumber().isBlank()
                && members.existsByPartyCardNumber(normalised.partyCardNumber().trim())) {
            throw ApiException.conflict("member.card.taken", normalised.partyCardNumber().trim());
        }
        if (normalised.citizenId() != null && !normalised.citizenId().isBlank()
                && members.existsByCitizenId(normalised.citizenId().trim())) {
            throw ApiException.conflict("member.citizen-id.taken");
        }
        Member saved = members.saveAndFlush(new Member(id, normalised, clock.instant()));
        publish(saved, cell.path());
        return saved;
    }

    private void publish(Member member, String homePath) {
        events.publishEvent(new MemberChanged(Ids.newId(), member.getId(), member.getVersion(),
                member.getFullName(), member.getHomeUnitId(), homePath, member.getStatus().name(),
                member.getEmail(), member.getMobile(), member.isHoldsLeadershipPost(),
                member.isOutsidePoliticalSystem(), positions.history(member.getId()), clock.instant()));
    }

    private HomeUnits.HomeUnit activeCell(UUID unitId) {
        HomeUnits.HomeUnit unit = homeUnits.find(unitId)
                .orElseThrow(() -> ApiException.notFound("unit.not-found", unitId));
        if (!unit.active()) {
            throw ApiException.conflict("unit.parent.closed", unit.name());
        }
        if (!HomeUnits.CELL_TYPES.contains(unit.typeCode())) {
            throw ApiException.badRequest("member.home-unit.not-a-cell", unit.name());
        }
        return unit;
    }

    private static void requireManaged(HomeUnits.HomeUnit unit, CallerScope scope) {
        if (!scope.canManage(unit.path())) {
            throw ApiException.forbidden("unit.manage.forbidden", unit.name());
        }
    }

    private static ApiException notFound(UUID memberId) {
        return ApiException.notFound("member.not-found", memberId);
    }
}
