package co.pump.icm.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain           | plain",
            "a, b            | `\"a, b\"`",
            "=SUM(A1:A2)     | '=SUM(A1:A2)",
            "+1-555-0100     | '+1-555-0100",
            "-10             | '-10",
            "@cmd            | '@cmd",
            "café            | café",
    })
    void fieldsAreQuotedAndFormulasDefused(String cell, String field) {
        assertThat(CsvTable.field(cell.strip())).isEqualTo(field.strip());
    }

    @Test
    void quotesAreDoubledInsideQuotes() {
        assertThat(CsvTable.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    @Test
    void lineBreaksAreQuotedAndEmptyCellsAreEmpty() {
        assertThat(CsvTable.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvTable.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(CsvTable.field(null)).isEmpty();
        assertThat(CsvTable.field("")).isEmpty();
    }

    @Test
    void tableHasBomHeaderAndCrlfRows() throws IOException {
        var table = new CsvTable("a", "b");
        table.add("1", null);
        table.add("x,y", "z");
        var out = new ByteArrayOutputStream();

        table.writeTo(out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFa,b\r\n1,\r\n\"x,y\",z\r\n");
    }

    @Test
    void rowWithTheWrongNumberOfCellsIsABug() {
        var table = new CsvTable("a", "b");

        assertThatThrownBy(() -> table.add("only one")).isInstanceOf(IllegalArgumentException.class);
    }
}
