package vn.tusoi.org.unit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.org.access.CallerScope;
import vn.tusoi.org.audit.AuditLog;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.web.ApiException;

/** Rules for the tree. Every change publishes the unit's new state in the same transaction (outbox). */
@Service
public class OrgUnitService {

    private static final Logger log = LoggerFactory.getLogger(OrgUnitService.class);

    private final OrgUnitRepository units;
    private final UnitTypeRules types;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    OrgUnitService(OrgUnitRepository units, UnitTypeRules types, ApplicationEventPublisher events, AuditLog audit,
            Clock clock) {
        this.units = units;
        this.types = types;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<OrgUnit> visibleUnits(CallerScope scope, Pageable pageable) {
        return visibleUnits(scope, UnitFilter.ALL, pageable);
    }

    /** The units the caller sees, in tree order, narrowed by the filter (children of one unit, a name or code). */
    @Transactional(readOnly = true)
    public Page<OrgUnit> visibleUnits(CallerScope scope, UnitFilter filter, Pageable pageable) {
        Pageable byPath = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("path"));
        Specification<OrgUnit> spec = filter.toSpecification();
        return units.findAll(scope.everything() ? spec : spec.and(visibleTo(scope)), byPath);
    }

    /**
     * Where the caller's tree starts: the province for the system administrator, else the top unit of every subtree
     * they see (one inside another counts once) and their own chi bộ when it is not inside one of them.
     */
    @Transactional(readOnly = true)
    public List<OrgUnit> topUnits(CallerScope scope) {
        if (scope.everything()) {
            return units.findAll((root, query, cb) -> cb.isNull(root.get("parentId")), Sort.by("path"));
        }
        List<OrgUnit> tops = new ArrayList<>();
        List<String> paths = scope.visiblePaths().stream().sorted().toList();
        if (!paths.isEmpty()) {
            units.findAll((root, query, cb) -> root.get("path").in(paths), Sort.by("path")).stream()
                    .filter(unit -> paths.stream().noneMatch(p -> !p.equals(unit.getPath())
                            && unit.getPath().startsWith(p)))
                    .forEach(tops::add);
        }
        if (scope.homeUnitId() != null) {
            units.findById(scope.homeUnitId())
                    .filter(home -> tops.stream().noneMatch(top -> home.getPath().startsWith(top.getPath())))
                    .ifPresent(tops::add);
        }
        return tops;
    }

    /** Units under any subtree the caller sees, or the caller's own unit: prefix scans on the path index. */
    private static Specification<OrgUnit> visibleTo(CallerScope scope) {
        return (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            scope.visiblePaths().forEach(path -> conditions.add(cb.like(root.get("path"), path + "%")));
            if (scope.homeUnitId() != null) {
                conditions.add(cb.equal(root.get("id"), scope.homeUnitId()));
            }
            return conditions.isEmpty() ? cb.disjunction() : cb.or(conditions.toArray(Predicate[]::new));
        };
    }

    @Transactional(readOnly = true)
    public OrgUnit visibleUnit(UUID unitId, CallerScope scope) {
        return units.findById(unitId).filter(unit -> scope.canSee(unit.getId(), unit.getPath()))
                .orElseThrow(() -> ApiException.notFound("unit.not-found", unitId));
    }

    /** A unit the caller maintains; one they cannot even see is reported as not found. */
    @Transactional(readOnly = true)
    public OrgUnit managedUnit(UUID unitId, CallerScope scope) {
        OrgUnit unit = visibleUnit(unitId, scope);
        if (!scope.canManage(unit.getPath())) {
            throw ApiException.forbidden("unit.manage.forbidden", unit.getName());
        }
        return unit;
    }

    /** A root unit (a province committee); only the system itself creates roots (seeding, import). */
    @Transactional
    public OrgUnit createRoot(String code, String name, String typeCode) {
        requireType(typeCode);
        requireFreeCode(code);
        return saveAndPublish(OrgUnit.root(code, name, typeCode, now()));
    }

    @Transactional
    public OrgUnit create(CreateUnitRequest request, Caller caller, CallerScope scope) {
        OrgUnit parent = units.findById(request.parentId())
                .filter(unit -> scope.canSee(unit.getId(), unit.getPath()))
                .orElseThrow(() -> ApiException.notFound("unit.parent.not-found", request.parentId()));
        if (!scope.canManage(parent.getPath())) {
            throw ApiException.forbidden("unit.manage.forbidden", parent.getName());
        }
        if (parent.getStatus() != OrgUnit.Status.ACTIVE) {
            throw ApiException.conflict("unit.parent.closed", parent.getName());
        }
        requireType(request.typeCode());
        if (!types.allows(parent.getTypeCode(), request.typeCode())) {
            throw ApiException.badRequest("unit.type.not-allowed", types.name(request.typeCode()),
                    types.name(parent.getTypeCode()));
        }
        requireFreeCode(request.code());
        OrgUnit created = saveAndPublish(parent.child(request.code().trim(), request.name().trim(),
                request.typeCode(), now()));
        audit.record(caller, "CREATE", UnitRestructuring.AUDIT_TYPE, created.getId(), null, UnitView.of(created));
        log.info("Unit {} ({}) created under {}", created.getId(), created.getCode(), parent.getId());
        return created;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<UUID> idOfCode(String code) {
        return units.findByCode(code).map(OrgUnit::getId);
    }

    /** A unit created by the system itself (seeding, import), with no caller to check. */
    @Transactional
    public OrgUnit createChild(UUID parentId, String code, String name, String typeCode) {
        OrgUnit parent = units.findById(parentId).orElseThrow();
        return saveAndPublish(parent.child(code, name, typeCode, now()));
    }

    private OrgUnit saveAndPublish(OrgUnit unit) {
        OrgUnit saved = units.saveAndFlush(unit);
        events.publishEvent(saved.changed());
        return saved;
    }

    private void requireType(String typeCode) {
        if (!types.exists(typeCode)) {
            throw ApiException.badRequest("unit.type.unknown", typeCode);
        }
    }

    private void requireFreeCode(String code) {
        if (units.existsByCode(code.trim())) {
            throw ApiException.conflict("unit.code.taken", code.trim());
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
