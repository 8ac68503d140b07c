package co.pump.icm.compat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.snapshot.Snapshot;

/** The files icm 0.1.0 wrote (format version 1), kept as test resources, and what it read from them. */
public final class V1Files {

    /** The snapshots, by the name of their file without {@code .json}. */
    public static final List<String> SNAPSHOTS = List.of("demo", "demo-target", "large-150");

    private static final ObjectMapper PLAIN = plain();

    private V1Files() {
    }

    /** A file of the folder, e.g. {@code demo.json} or {@code golden/demo.inspect.json}. */
    public static Path file(String name) {
        try {
            return Path.of(V1Files.class.getResource("/co/pump/icm/compat/v1/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("No test resource co/pump/icm/compat/v1/" + name, e);
        }
    }

    /**
     * What a snapshot as read holds, as plain JSON: the header, the digest state and every record
     * of every category icm 0.1.0 knew, nulls and empty lists left out (so that fields a later
     * model adds, absent from an old file, do not count). The same text as {@code read-by-v1/}.
     */
    static String asRead(Snapshot snapshot) throws Exception {
        var map = new LinkedHashMap<String, Object>();
        map.put("formatVersion", snapshot.formatVersion());
        map.put("exportedAt", snapshot.exportedAt().toString());
        map.put("tool", snapshot.tool());
        map.put("digest", snapshot.digest());
        map.put("digestState", snapshot.digestState().name());
        IdentityCenterConfig c = snapshot.config();
        map.put("source", c.source());
        map.put("accounts", c.accounts());
        map.put("users", c.users());
        map.put("groups", c.groups());
        map.put("memberships", c.memberships());
        map.put("permissionSets", c.permissionSets());
        map.put("assignments", c.assignments());
        map.put("accessControl", c.accessControl());
        map.put("applications", c.applications());
        return PLAIN.writeValueAsString(map);
    }

    static Map<?, ?> tree(String json) throws Exception {
        return PLAIN.readValue(json, Map.class);
    }

    private static ObjectMapper plain() {
        var mapper = new ObjectMapper();
        mapper.setDefaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
        mapper.configOverride(List.class).setInclude(
                JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_NULL));
        return mapper;
    }
}
