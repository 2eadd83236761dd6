package vn.tusoi.gateway.session;

import java.io.Serializable;

/**
 * A session attribute's value that never changes once made (a record of immutable parts): read again from the same
 * stored bytes, the value read before is handed out instead of a new copy ({@link RememberedAttributes}).
 */
public interface SharedSessionValue extends Serializable {
}
