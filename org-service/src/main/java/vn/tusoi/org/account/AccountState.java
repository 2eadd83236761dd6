package vn.tusoi.org.account;

/** A member's account: usable, disabled because they left, or not provisioned because of an error. */
public enum AccountState {
    ACTIVE, DISABLED, FAILED
}
