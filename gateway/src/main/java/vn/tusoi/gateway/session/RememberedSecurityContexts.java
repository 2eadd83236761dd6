package vn.tusoi.gateway.session;

import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Reads session attributes from their stored bytes, remembering the security context of recently seen sessions.
 * The context (the logged-in user with the ID token's claims) is the largest attribute and is read on every request,
 * but changes only at login and logout: for the same bytes, the Authentication deserialized before is reused, in a
 * new SecurityContext each time (so that clearing one at logout touches nothing else). Everything else is
 * deserialized as usual. Bounded to {@code capacity} sessions, least recently used first out.
 */
final class RememberedSecurityContexts implements GenericConverter {

    private final DeserializingConverter deserializer;
    private final SerializingConverter serializer = new SerializingConverter();
    private final Map<ByteBuffer, SecurityContext> remembered;

    RememberedSecurityContexts(ClassLoader classLoader, int capacity) {
        this.deserializer = new DeserializingConverter(classLoader);
        this.remembered = Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ByteBuffer, SecurityContext> eldest) {
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
        ByteBuffer key = ByteBuffer.wrap(bytes);
        SecurityContext known = remembered.get(key);
        if (known != null) {
            return new SecurityContextImpl(known.getAuthentication());
        }
        Object value = deserializer.convert(bytes);
        if (value instanceof SecurityContext context && context.getAuthentication() != null) {
            remembered.put(ByteBuffer.wrap(bytes.clone()), new SecurityContextImpl(context.getAuthentication()));
        }
        return value;
    }
}
