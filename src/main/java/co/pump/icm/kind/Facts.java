package co.pump.icm.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Collects facts in reading order, leaving out empty values. */
final class Facts {

    private final List<Fact> list = new ArrayList<>();

    Facts add(String name, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new Fact(name, value));
        }
        return this;
    }

    Facts addAll(List<Fact> facts) {
        list.addAll(facts);
        return this;
    }

    List<Fact> list() {
        return List.copyOf(list);
    }

    /** The items one per line. */
    static <T> String lines(List<T> items, Function<T, String> text) {
        return items.stream().map(text).collect(Collectors.joining("\n"));
    }

    /** The non-blank parts joined with a separator. */
    static String joinNonBlank(String separator, String... parts) {
        var kept = new ArrayList<String>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                kept.add(part);
            }
        }
        return String.join(separator, kept);
    }
}
