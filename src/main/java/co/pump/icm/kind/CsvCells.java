package co.pump.icm.kind;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;

import co.pump.icm.model.ExternalId;
import co.pump.icm.model.Origin;

/** How values read in a CSV cell of {@code icm csv}. */
final class CsvCells {

    /** The separator between several values in one cell. */
    static final String JOIN = "; ";

    private static final ObjectMapper JSON = new ObjectMapper();

    private CsvCells() {
    }

    static <T> String join(List<T> items, Function<T, String> text) {
        return items.stream().map(text).filter(Objects::nonNull).collect(Collectors.joining(JOIN));
    }

    static String externalId(ExternalId id) {
        return id.issuer() == null ? id.id() : id.id() + " (" + id.issuer() + ")";
    }

    /** The policy on one line; as it is if it is not JSON (validation normally rules that out). */
    static String compact(String policy) {
        if (policy == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(JSON.readTree(policy));
        } catch (JacksonException e) {
            return policy;
        }
    }

    static Origin origin(Origin origin) {
        return origin == null ? new Origin(null, null, null, null, null) : origin;
    }
}
