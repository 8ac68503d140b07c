package co.pump.icm.ui.inspector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/** Pretty-prints a policy document for reading: 2-space indent, {@code "key": value}, one item per line. */
public final class PolicyJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));

    private PolicyJson() {
    }

    /** The document pretty-printed, or the text as it is when it is not JSON; null or blank gives null. */
    public static String pretty(String document) {
        if (document == null || document.isBlank()) {
            return null;
        }
        try {
            JsonNode tree = MAPPER.readTree(document);
            return WRITER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            return document;
        }
    }
}
