package co.pump.icm.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table written as CSV that a spreadsheet opens as it should: RFC 4180 (comma-separated,
 * CRLF line ends, fields with a comma, a quote or a line break in double quotes, quotes doubled),
 * UTF-8 with a byte order mark so that Excel reads accents, a header row first.
 *
 * <p>A cell that starts with {@code = + - @} or a tab would be run as a formula by a spreadsheet;
 * such cells get a leading apostrophe, the usual defence against formula injection (a phone
 * number {@code +1-555-0100} shows as {@code '+1-555-0100}).
 */
public final class CsvTable {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with the given header row. */
    public CsvTable(String... header) {
        this.header = List.of(header);
    }

    /** Adds a row; null cells are empty. */
    public void add(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("a row needs " + header.size() + " cells, not " + cells.length);
        }
        rows.add(java.util.Arrays.asList(cells));
    }

    /** How many rows, header not counted. */
    public int size() {
        return rows.size();
    }

    /** Writes the BOM, the header and the rows; flushes but does not close {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        writeRow(writer, header);
        for (List<String> row : rows) {
            writeRow(writer, row);
        }
        writer.flush();
    }

    private static void writeRow(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(cells.get(i)));
        }
        writer.write("\r\n");
    }

    /** One field as it appears in the file. */
    static String field(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        String text = startsLikeAFormula(cell) ? "'" + cell : cell;
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static boolean startsLikeAFormula(String cell) {
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
