package vn.tusoi.platform.sql;

import java.nio.ByteBuffer;
import java.util.UUID;

/** UUIDs are stored as BINARY(16); plain JDBC code converts with these. */
public final class UuidBytes {

    private UuidBytes() {
    }

    /** The 16 bytes of the id (null for null, as {@link #uuid} reads it back). */
    public static byte[] of(UUID id) {
        if (id == null) {
            return null;
        }
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }

    public static UUID uuid(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
