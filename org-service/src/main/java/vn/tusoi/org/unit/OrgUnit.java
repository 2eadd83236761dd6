package vn.tusoi.org.unit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.tusoi.events.OrgUnitChanged;
import vn.tusoi.platform.id.Ids;

/** A Party organization in the tree. Its path lists the ids from the root down to itself. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    public enum Status { ACTIVE, CLOSED }

    @Id
    private UUID id;

    private String code;

    private String name;

    @Column(name = "type_code")
    private String typeCode;

    @Column(name = "parent_id")
    private UUID parentId;

    private String path;

    private int depth;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "import_job_id")
    private UUID importJobId;

    protected OrgUnit() {
    }

    private OrgUnit(UUID id, String code, String name, String typeCode, OrgUnit parent, Instant now) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.typeCode = typeCode;
        this.parentId = parent == null ? null : parent.id;
        this.path = (parent == null ? "/" : parent.path) + id + "/";
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.status = Status.ACTIVE;
        this.createdAt = now;
        this.updatedAt = now;
    }

    static OrgUnit root(String code, String name, String typeCode, Instant now) {
        return new OrgUnit(Ids.newId(), code, name, typeCode, null, now);
    }

    OrgUnit child(String code, String name, String typeCode, Instant now) {
        return new OrgUnit(Ids.newId(), code, name, typeCode, this, now);
    }

    void rename(String newName, Instant now) {
        this.name = newName;
        this.updatedAt = now;
    }

    void close(Instant now) {
        this.status = Status.CLOSED;
        this.updatedAt = now;
    }

    /** The event carrying this unit's state after the change that is being committed. */
    OrgUnitChanged changed() {
        return new OrgUnitChanged(Ids.newId(), id, version, code, name, typeCode, parentId, path, status.name(),
                updatedAt);
    }

    public boolean isWithin(String ancestorPath) {
        return path.startsWith(ancestorPath);
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public UUID getParentId() {
        return parentId;
    }

    public String getPath() {
        return path;
    }

    public int getDepth() {
        return depth;
    }

    public Status getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }
}
