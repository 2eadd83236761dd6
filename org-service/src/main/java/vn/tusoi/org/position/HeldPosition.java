package vn.tusoi.org.position;

import java.util.UUID;

/** A position a member holds today, with the path of its unit. */
public record HeldPosition(PositionTitle title, UUID unitId, String unitPath) {
}
