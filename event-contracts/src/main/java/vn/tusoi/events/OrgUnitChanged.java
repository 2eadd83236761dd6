package vn.tusoi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The full current state of one organization unit, published on {@link Topics#ORG_UNITS} whenever it changes.
 * Consumers keep the record with the highest {@code version} per {@code unitId}, so a redelivered or
 * reordered event never rolls a replica back.
 *
 * @param eventId   unique per publication; the CloudEvents id
 * @param unitId    the unit, also the Kafka key
 * @param version   increases with every change of the unit
 * @param code      the unit's code, unique in the province
 * @param name      display name in Vietnamese
 * @param typeCode  unit type code (e.g. {@code TINH_UY}, {@code CHI_BO_CO_SO})
 * @param parentId  parent unit, {@code null} for a root
 * @param path      materialized path of unit ids from the root, {@code /root/.../this/}
 * @param status    {@code ACTIVE} or {@code CLOSED}
 * @param occurredAt when the change was committed
 */
public record OrgUnitChanged(
        UUID eventId,
        UUID unitId,
        long version,
        String code,
        String name,
        String typeCode,
        UUID parentId,
        String path,
        String status,
        Instant occurredAt) {

    public static final String TYPE = "vn.tusoi.org.unit.changed.v1";
}
