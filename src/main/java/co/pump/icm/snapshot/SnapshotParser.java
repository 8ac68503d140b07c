package co.pump.icm.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;

import co.pump.icm.kind.Kind;
import co.pump.icm.kind.Kinds;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.SourceInfo;

/**
 * Reads the top level of a snapshot file as a stream, one property at a time, binding each
 * configuration property straight into the model records. Streaming keeps memory to the records
 * themselves and lets the format version be checked before anything else is trusted.
 */
final class SnapshotParser {

    /** What the file holds, before semantic validation. */
    record ParsedFile(int formatVersion, Instant exportedAt, String tool, String digest, IdentityCenterConfig config) {
    }

    private static final Map<String, ObjectReader> CONFIG_FIELDS = configFields();

    private final Path file;
    private final Problems problems;

    private SnapshotParser(Path file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /**
     * Parses the file. A problem that leaves the rest unreadable (bad JSON, a wrong type, an
     * unknown property inside an entity, a missing or newer format version) is thrown at once;
     * problems of the header are added to {@code problems} and parsing goes on.
     */
    static ParsedFile parse(Path file, Problems problems) {
        return new SnapshotParser(file, problems).parse();
    }

    private ParsedFile parse() {
        checkIsReadableFile();
        try (InputStream in = Files.newInputStream(file);
             JsonParser parser = SnapshotJson.mapper().createParser(in)) {
            return parseTop(parser);
        } catch (NoSuchFileException e) {
            throw notUsable("does not exist");
        } catch (IOException e) {
            throw notUsable("cannot be read: " + PrivateFiles.reason(e));
        }
    }

    private void checkIsReadableFile() {
        if (Files.isDirectory(file)) {
            throw notUsable("is a folder, not a snapshot file");
        }
        if (!Files.exists(file)) {
            throw notUsable("does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw notUsable("is not a regular file");
        }
    }

    /** The file itself cannot be used: the message names it by its whole path, to show where it was looked for. */
    private SnapshotException notUsable(String what) {
        return new SnapshotException(new SnapshotProblem(null, null, file + " " + what));
    }

    private ParsedFile parseTop(JsonParser parser) throws IOException {
        JsonToken first;
        try {
            first = parser.nextToken();
        } catch (StreamReadException e) {
            throw single("not a JSON file (" + ReadErrors.firstLine(e.getOriginalMessage()) + ")");
        }
        if (first == null) {
            throw single("the file is empty");
        }
        if (first != JsonToken.START_OBJECT) {
            throw single("the top level must be a JSON object, not " + describe(first));
        }
        Integer version = null;
        Header header = new Header();
        Map<String, Object> values = new HashMap<>();
        String field = null;
        try {
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("formatVersion".equals(field)) {
                    version = formatVersion(parser, value);
                } else if (SnapshotDocument.HEADER_FIELDS.contains(field)) {
                    header.read(field, parser, value);
                } else if (CONFIG_FIELDS.containsKey(field)) {
                    values.put(field, CONFIG_FIELDS.get(field).readValue(parser));
                } else {
                    problems.add("unknown property '" + field + "'" + ReadErrors.suggestion(field, knownFields()));
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw withEarlier(single("unexpected content after the end of the top-level object, at line "
                        + parser.currentLocation().getLineNr()));
            }
        } catch (JacksonException e) {
            if (version == null) {
                failIfNewer(findFormatVersion());
            }
            throw withEarlier(ReadErrors.of(file, field, e));
        }
        if (version == null) {
            throw single("formatVersion is missing: this is not a snapshot file, or it was damaged");
        }
        Instant exportedAt = header.exportedAt();
        if (values.get("source") == null) {
            problems.add("source is missing (where the configuration was exported from)");
        }
        return new ParsedFile(version, exportedAt, header.tool, header.digest, config(values));
    }

    /** The format version, refusing anything but a whole number this version can read. */
    private int formatVersion(JsonParser parser, JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_NUMBER_INT) {
            String shown = token == JsonToken.VALUE_NUMBER_FLOAT ? parser.getText() : describe(token);
            throw single("formatVersion must be a whole number, not " + shown);
        }
        BigInteger version = parser.getBigIntegerValue();
        failIfNewer(version);
        if (version.signum() <= 0) {
            throw single("formatVersion " + version + " is not a valid format version (it starts at 1)");
        }
        return version.intValueExact();
    }

    private void failIfNewer(BigInteger version) {
        if (version != null && version.compareTo(BigInteger.valueOf(Snapshot.FORMAT_VERSION)) > 0) {
            throw single("was written by a newer version of Identity Center Migrator (format version " + version
                    + "; this version reads up to version " + Snapshot.FORMAT_VERSION + "); upgrade it to read the file");
        }
    }

    /**
     * Looks for a top-level {@code formatVersion} anywhere in the file, skipping everything else:
     * when reading fails before the version was seen, a newer format explains the failure better.
     */
    private BigInteger findFormatVersion() {
        try (InputStream in = Files.newInputStream(file);
             JsonParser parser = new JsonFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                boolean wanted = "formatVersion".equals(parser.currentName());
                JsonToken value = parser.nextToken();
                if (wanted) {
                    return value == JsonToken.VALUE_NUMBER_INT ? parser.getBigIntegerValue() : null;
                }
                parser.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            // The file is broken somewhere before any formatVersion: nothing to add.
        }
        return null;
    }

    /** A problem that stops reading, after the problems found before it in the file. */
    private SnapshotException withEarlier(SnapshotException stop) {
        if (problems.isEmpty()) {
            return stop;
        }
        stop.problems().forEach(problems::add);
        return problems.toException();
    }

    private SnapshotException single(String message) {
        return Problems.single(problems.file(), null, message);
    }

    private static List<Object> knownFields() {
        List<Object> known = new ArrayList<>(SnapshotDocument.HEADER_FIELDS);
        known.addAll(CONFIG_FIELDS.keySet());
        return known;
    }

    static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> "something else";
        };
    }

    private static IdentityCenterConfig config(Map<String, Object> values) {
        IdentityCenterConfig config = IdentityCenterConfig.empty((SourceInfo) values.get("source"));
        for (Kind<?, ?> kind : Kinds.all()) {
            config = with(kind, config, values.get(kind.section()));
        }
        return config;
    }

    @SuppressWarnings("unchecked")
    private static <T> IdentityCenterConfig with(Kind<?, T> kind, IdentityCenterConfig config, Object value) {
        if (value == null) {
            return kind.with(config, List.of());
        }
        return kind.with(config, kind.singleInFile() ? List.of((T) value) : (List<T>) value);
    }

    private static Map<String, ObjectReader> configFields() {
        Map<String, ObjectReader> fields = new LinkedHashMap<>();
        fields.put("source", reader(SnapshotJson.mapper().constructType(SourceInfo.class)));
        var types = SnapshotJson.mapper().getTypeFactory();
        for (Kind<?, ?> kind : Kinds.all()) {
            fields.put(kind.section(), reader(kind.singleInFile() ? types.constructType(kind.type())
                    : types.constructCollectionType(List.class, kind.type())));
        }
        return Map.copyOf(fields);
    }

    private static ObjectReader reader(JavaType type) {
        // Each property is read from the middle of the top-level object: what follows it is not "trailing".
        return SnapshotJson.mapper().readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The header strings: exportedAt, tool, digest. */
    private final class Header {
        private String exportedAt;
        private String tool;
        private String digest;

        void read(String field, JsonParser parser, JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_NULL) {
                return;
            }
            if (token != JsonToken.VALUE_STRING) {
                problems.add(field + " must be a string, not " + describe(token));
                parser.skipChildren();
                return;
            }
            String text = parser.getText();
            switch (field) {
                case "exportedAt" -> exportedAt = text;
                case "tool" -> tool = text;
                default -> {
                    digest = text;
                    if (!SnapshotDigest.FORM.matcher(text).matches()) {
                        problems.add("digest must be 'sha256:' followed by 64 lower-case hex digits, not '"
                                + ReadErrors.shorten(text) + "'");
                    }
                }
            }
        }

        Instant exportedAt() {
            if (exportedAt == null) {
                problems.add("exportedAt is missing (when the snapshot was exported)");
                return null;
            }
            try {
                return Instant.parse(exportedAt);
            } catch (DateTimeParseException e) {
                problems.add("exportedAt must be an ISO-8601 instant such as 2026-01-31T09:30:00Z, not '"
                        + ReadErrors.shorten(exportedAt) + "'");
                return null;
            }
        }
    }
}
