package vn.tusoi.gateway.session;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Reads session attributes from their stored bytes, remembering what recently seen sessions hold. Every API call reads
 * the user's security context (the logged-in user with the ID token's claims) and tokens, which change only at
 * login, token refresh and logout, and Java deserialization of them was a tenth of the gateway's work per call. For
 * the same bytes, the value read before is reused: the same {@link SharedSessionValue}, the same Authentication in a
 * new SecurityContext each time (so that clearing one at logout touches nothing else). Everything else is
 * deserialized as usual. Bounded to {@code capacity} values, least recently used first out.
 */
final class RememberedAttributes implements GenericConverter {

    private final DeserializingConverter deserializer;
    private final SerializingConverter serializer = new SerializingConverter();
    private final Map<StoredBytes, Object> remembered;

    RememberedAttributes(ClassLoader classLoader, int capacity) {
        this.deserializer = new DeserializingConverter(classLoader);
        this.remembered = Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<StoredBytes, Object> eldest) {
                return size() > capacity;
            }
        });
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(byte[].class, Object.class), new ConvertiblePair(Object.class, byte[].class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        if (!(source instanceof byte[] bytes)) {
            return serializer.convert(source);
        }
        StoredBytes key = StoredBytes.of(bytes);
        Object known = remembered.get(key);
        if (known != null) {
            return known instanceof SecurityContext context ? new SecurityContextImpl(context.getAuthentication()) : known;
        }
        Object value = deserializer.convert(bytes);
        if (value instanceof SecurityContext context && context.getAuthentication() != null) {
            remembered.put(key.copy(), new SecurityContextImpl(context.getAuthentication()));
        } else if (value instanceof SharedSessionValue) {
            remembered.put(key.copy(), value);
        }
        return value;
    }

    /** Stored bytes as a key: hashed once with CRC32C (done by the processor), compared whole. */
    private record StoredBytes(byte[] bytes, int hash) {

        static StoredBytes of(byte[] bytes) {
            CRC32C crc = new CRC32C();
            crc.update(bytes);
            return new StoredBytes(bytes, (int) crc.getValue() ^ bytes.length);
        }

        /** The key kept in the map, so that the store's buffer may be reused. */
        StoredBytes copy() {
            return new StoredBytes(bytes.clone(), hash);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StoredBytes that && hash == that.hash && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return bytes.length + " bytes";
        }
    }
}
