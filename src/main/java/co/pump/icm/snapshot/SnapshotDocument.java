package co.pump.icm.snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.kind.Kind;
import co.pump.icm.kind.Kinds;
import co.pump.icm.model.IdentityCenterConfig;

/**
 * The top level of a snapshot file, in the order it is written: the header, the source, then one
 * section per kind in {@link Kinds} order. With {@code exportedAt}, {@code tool} and {@code digest}
 * null (and so left out), its compact serialisation is what the digest covers.
 */
final class SnapshotDocument {

    /** The top-level property names that are not configuration fields, in file order. */
    static final List<String> HEADER_FIELDS = List.of("formatVersion", "exportedAt", "tool", "digest");

    private SnapshotDocument() {
    }

    /** Every top-level property, in file order. */
    static List<String> properties() {
        var names = new ArrayList<>(HEADER_FIELDS);
        names.add("source");
        for (Kind<?, ?> kind : Kinds.all()) {
            names.add(kind.section());
        }
        return names;
    }

    /** The document as an ordered map; nulls and empty lists are left out. */
    static Map<String, Object> of(int formatVersion, String exportedAt, String tool, String digest,
                                  IdentityCenterConfig config) {
        var document = new LinkedHashMap<String, Object>();
        document.put("formatVersion", formatVersion);
        put(document, "exportedAt", exportedAt);
        put(document, "tool", tool);
        put(document, "digest", digest);
        put(document, "source", config.source());
        for (Kind<?, ?> kind : Kinds.all()) {
            List<?> items = kind.items(config);
            put(document, kind.section(), kind.singleInFile() ? (items.isEmpty() ? null : items.get(0)) : items);
        }
        return document;
    }

    /** The part the digest covers: everything except the export time, the tool and the digest itself. */
    static Map<String, Object> forDigest(int formatVersion, IdentityCenterConfig config) {
        return of(formatVersion, null, null, null, config);
    }

    private static void put(Map<String, Object> document, String name, Object value) {
        if (value != null && !(value instanceof Collection<?> list && list.isEmpty())) {
            document.put(name, value);
        }
    }
}
