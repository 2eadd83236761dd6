package vn.tusoi.org.unit;

/**
 * One unit as a row of an import file gives it. The type may be its code or its Vietnamese name; the parent is
 * given by its code (in the file or on record), blank only for the root.
 */
public record UnitRow(int row, String code, String name, String type, String parentCode) {

    public static final String CODE = "code";
    public static final String TYPE = "type";
    public static final String PARENT_CODE = "parentCode";
}
