package vn.tusoi.org.unit;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A unit as the API shows it. */
public record UnitView(UUID id, String code, String name, String typeCode,
        @Schema(nullable = true) UUID parentId, int depth, String path, String status) {

    static UnitView of(OrgUnit unit) {
        return new UnitView(unit.getId(), unit.getCode(), unit.getName(), unit.getTypeCode(), unit.getParentId(),
                unit.getDepth(), unit.getPath(), unit.getStatus().name());
    }
}
