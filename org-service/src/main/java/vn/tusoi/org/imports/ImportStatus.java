package vn.tusoi.org.imports;

/** Where an import job is; the last three are final. */
public enum ImportStatus {
    QUEUED, VALIDATING, APPLYING, SUCCEEDED, REJECTED, FAILED;

    boolean isFinal() {
        return this == SUCCEEDED || this == REJECTED || this == FAILED;
    }
}
