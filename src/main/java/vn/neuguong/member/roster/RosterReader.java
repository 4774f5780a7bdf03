package vn.neuguong.member.roster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * Reads a roster from CSV (UTF-8, comma or semicolon separated) or from the first sheet of an XLSX workbook into
 * rows of text. Dates typed as dates in a spreadsheet come out as ISO dates; blank rows are skipped but counted,
 * so row numbers match what the user sees. A missing required column is reported before any row.
 */
final class RosterReader {

    private RosterReader() {}

    static List<RosterRow> read(String filename, InputStream content) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".csv")) {
                return csv(content);
            }
            if (name.endsWith(".xlsx")) {
                return xlsx(content);
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "roster.file.unreadable");
        }
        throw new InvalidInputException("file", "roster.file.type");
    }

    private static List<RosterRow> csv(InputStream content) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8));
        reader.mark(64 * 1024);
        String first = reader.readLine();
        reader.reset();
        if (first == null) {
            throw new InvalidInputException("file", "roster.file.empty");
        }
        char delimiter = first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
        var format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
        try (var parser = format.parse(reader)) {
            Layout headers = null;
            var rows = new ArrayList<RosterRow>();
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                var cells = new ArrayList<String>(record.size());
                record.forEach(cells::add);
                if (headers == null) {
                    headers = checkHeaders(cells);
                } else {
                    addRow(rows, number, cells, headers);
                }
            }
            return rows;
        } catch (UncheckedIOException e) {
            throw new InvalidInputException("file", "roster.file.unreadable");
        }
    }

    private static List<RosterRow> xlsx(InputStream content) throws IOException {
        try (var workbook = WorkbookFactory.create(content)) {
            Sheet sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter(Locale.ROOT);
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Layout headers = null;
            var rows = new ArrayList<RosterRow>();
            for (int r = sheet.getFirstRowNum(); r >= 0 && r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                var cells = new ArrayList<String>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(text(row.getCell(c), formatter, evaluator));
                    }
                }
                if (headers == null) {
                    if (!blank(cells)) {
                        headers = checkHeaders(cells);
                    }
                } else {
                    addRow(rows, r + 1, cells, headers);
                }
            }
            if (headers == null) {
                throw new InvalidInputException("file", "roster.file.empty");
            }
            return rows;
        }
    }

    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getDateCellValue()
                    .toInstant()
                    .atZone(ZoneId.systemDefault())
                    .toLocalDate()
                    .toString();
        }
        return formatter.formatCellValue(cell, evaluator);
    }

    /** Which column each position of the file holds (the first of repeated ones), with titles as the file has them. */
    private record Layout(RosterColumn[] columns, Map<RosterColumn, String> titles) {}

    /** The header row's layout, once every required column is known to be there. */
    private static Layout checkHeaders(List<String> headers) {
        var columns = new RosterColumn[headers.size()];
        Map<RosterColumn, String> titles = new EnumMap<>(RosterColumn.class);
        for (int i = 0; i < headers.size(); i++) {
            var column = RosterColumn.byHeader(headers.get(i));
            if (column.isPresent() && !titles.containsKey(column.get())) {
                columns[i] = column.get();
                titles.put(column.get(), headers.get(i).replace("\uFEFF", "").strip());
            }
        }
        var errors = new ArrayList<FieldError>();
        for (var column : RosterColumn.values()) {
            if (column.required && !titles.containsKey(column)) {
                errors.add(new FieldError(column.heading, "roster.column.missing", 1, null));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Layout(columns, titles);
    }

    private static void addRow(List<RosterRow> rows, int number, List<String> cells, Layout layout) {
        if (blank(cells)) {
            return;
        }
        Map<RosterColumn, String> values = new EnumMap<>(RosterColumn.class);
        var columns = layout.columns();
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] != null) {
                values.put(columns[i], i < cells.size() ? cells.get(i) : null);
            }
        }
        rows.add(new RosterRow(number, values, layout.titles()));
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }
}
