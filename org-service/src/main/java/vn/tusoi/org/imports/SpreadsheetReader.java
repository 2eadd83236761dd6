package vn.tusoi.org.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import vn.tusoi.platform.text.SpreadsheetCells;

/**
 * Streams the rows of the first sheet of a workbook, or of a CSV file, as text. Numbers come as Excel wrote them
 * (a date cell is its serial number; the row reader understands both).
 */
final class SpreadsheetReader {

    /** The file cannot be read at all (not a workbook, not UTF-8). */
    static final class UnreadableFileException extends Exception {
        UnreadableFileException(Throwable cause) {
            super(cause);
        }
    }

    private SpreadsheetReader() {
    }

    static void read(byte[] content, SpreadsheetFormat format, Consumer<SheetRow> rows)
            throws UnreadableFileException {
        try {
            if (format == SpreadsheetFormat.XLSX) {
                readWorkbook(content, rows);
            } else {
                readCsv(content, rows);
            }
        } catch (IOException | RuntimeException unreadable) {
            throw new UnreadableFileException(unreadable);
        }
    }

    private static void readWorkbook(byte[] content, Consumer<SheetRow> rows) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            sheet.forEach(row -> {
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                rows.accept(new SheetRow(row.getRowNum(), cells));
            });
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER || cell.getType() == CellType.BOOLEAN) {
            return cell.getRawValue();
        }
        return cell.getText();
    }

    private static void readCsv(byte[] content, Consumer<SheetRow> rows) throws IOException {
        char delimiter = ',';
        int firstLineEnd = 0;
        while (firstLineEnd < content.length && content[firstLineEnd] != '\n') {
            firstLineEnd++;
        }
        String firstLine = new String(content, 0, firstLineEnd, StandardCharsets.UTF_8);
        if (firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0) {
            delimiter = ';';
        }
        // a CSV that is not UTF-8 (e.g. saved as Windows-1258) would import garbled names: refuse it instead
        var strictUtf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), strictUtf8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.stream().map(SpreadsheetCells::unguarded)
                        .collect(Collectors.toCollection(ArrayList::new));
                if (record.getRecordNumber() == 1 && !cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
                    cells.set(0, cells.get(0).substring(1));
                }
                rows.accept(new SheetRow((int) record.getRecordNumber(), cells));
            }
        }
    }

}
