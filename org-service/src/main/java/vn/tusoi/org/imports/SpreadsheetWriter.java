package vn.tusoi.org.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.tusoi.platform.text.SpreadsheetCells;
import vn.tusoi.platform.text.VietnameseDates;

/**
 * Writes files in the import layout: the template (headers and a guide sheet) and exports, which can be edited
 * and imported again. Every cell is text, so card numbers, citizen ids and phone numbers keep their leading zeros.
 */
final class SpreadsheetWriter {

    private SpreadsheetWriter() {
    }

    static byte[] xlsx(ImportKind kind, List<List<Object>> rows, boolean withGuide) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "tusoi", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(kind.sheetName());
            List<ImportColumn> columns = kind.columns();
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(0, c, columns.get(c).header());
                sheet.style(0, c).bold().fillColor("DDEBF7").set();
                sheet.width(c, Math.max(14, columns.get(c).header().length() + 4));
                sheet.style(c).format("@").set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    String text = text(row.get(c));
                    if (!text.isEmpty()) {
                        sheet.value(r + 1, c, text);
                    }
                }
            }
            if (withGuide) {
                guide(workbook.newWorksheet("Hướng dẫn"), columns);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void guide(Worksheet sheet, List<ImportColumn> columns) {
        sheet.value(0, 0, "Cột");
        sheet.value(0, 1, "Bắt buộc");
        sheet.value(0, 2, "Cách ghi");
        for (int c = 0; c < 3; c++) {
            sheet.style(0, c).bold().set();
        }
        sheet.width(0, 34);
        sheet.width(2, 80);
        for (int i = 0; i < columns.size(); i++) {
            ImportColumn column = columns.get(i);
            sheet.value(i + 1, 0, column.header());
            sheet.value(i + 1, 1, column.required() ? "Có" : "Không");
            sheet.value(i + 1, 2, column.hint());
        }
        int note = columns.size() + 2;
        sheet.value(note, 0, "Ghi chú");
        sheet.value(note, 2, "Dòng đầu tiên là tiêu đề cột. Tệp có lỗi sẽ không được nhập dòng nào; "
                + "sửa các dòng được báo lỗi rồi nhập lại. Nhập lại cùng tệp không tạo bản ghi trùng.");
    }

    /**
     * UTF-8 with a byte order mark, so Excel opens the Vietnamese text correctly; no cell opens as a formula
     * ({@link SpreadsheetCells}).
     */
    static byte[] csv(ImportKind kind, List<List<Object>> rows) {
        StringWriter text = new StringWriter();
        text.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            printer.printRecord(kind.columns().stream().map(ImportColumn::header).toList());
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(value -> SpreadsheetCells.guarded(text(value))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return VietnameseDates.DAY.format(date);
        }
        if (value instanceof Boolean flag) {
            return flag ? "Có" : "Không";
        }
        return value.toString();
    }
}
