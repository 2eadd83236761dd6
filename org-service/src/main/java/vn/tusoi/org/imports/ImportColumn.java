package vn.tusoi.org.imports;

/**
 * A column of an import file.
 *
 * @param field    the field it fills (also the key row problems name)
 * @param header   its Vietnamese header, matched without regard to case or diacritics
 * @param required whether a row must fill it
 * @param hint     what to write, shown in the template's guide sheet
 */
record ImportColumn(String field, String header, boolean required, String hint) {
}
