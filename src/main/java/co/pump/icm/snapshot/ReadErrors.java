package co.pump.icm.snapshot;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns Jackson's exceptions into sentences a person can act on, with the JSON path and the
 * natural key of the entity: {@code users[3] (alice@acme.com): emails[0].primary must be true or
 * false, not a string}.
 */
final class ReadErrors {

    /** The top-level properties that hold lists of keyed entities. */
    private static final Set<String> ENTITY_LISTS = Set.of("accounts", "users", "groups", "memberships",
            "permissionSets", "assignments", "applications");

    private ReadErrors() {
    }

    /** A refusal for an exception thrown while binding the top-level property {@code field}. */
    static SnapshotException of(Path file, String field, JacksonException e) {
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof StreamReadException cause) {
            return syntax(file, cause);
        }
        if (e instanceof StreamReadException stream) {
            return syntax(file, stream);
        }
        if (e instanceof JsonMappingException mapping) {
            return binding(file, JsonPaths.of(field, mapping), mapping);
        }
        return Problems.single(SnapshotReader.nameOf(file), null, "cannot be read: " + firstLine(e.getOriginalMessage()));
    }

    /** A syntax error, a truncated file or a duplicate property, located from the parser. */
    static SnapshotException syntax(Path file, StreamReadException e) {
        JsonParser parser = e.getProcessor();
        List<Object> path = parser != null ? JsonPaths.of(parser.getParsingContext()) : List.of();
        Where where = Where.of(file, path);
        String original = firstLine(e.getOriginalMessage());
        String at = at(e.getLocation());
        // Not every end-of-input is a JsonEOFException ("Unexpected end-of-input within/between Object entries").
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return where.problem("the file ends too early" + at + ": it is probably truncated");
        }
        if (original.startsWith("Duplicate field")) {
            String name = where.rest.isEmpty() ? "a property" : JsonPaths.render(where.rest);
            return where.problem(name + " appears twice; a property may appear only once");
        }
        String near = where.rest.isEmpty() ? "" : " near " + JsonPaths.render(where.rest);
        return where.problem("invalid JSON" + at + near + ": " + original);
    }

    private static SnapshotException binding(Path file, List<Object> path, JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            Where where = Where.of(file, path);
            return where.problem("unknown property '" + JsonPaths.render(where.rest) + "'"
                    + suggestion(unknown.getPropertyName(), unknown.getKnownPropertyIds()));
        }
        Where where = Where.of(file, path);
        if (e instanceof InvalidNullException) {
            return where.subjectProblem("must not be null");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return where.subjectProblem("must be " + expected(mismatch.getTargetType()) + ", not " + found(mismatch));
        }
        return where.subjectProblem("cannot be read: " + firstLine(e.getOriginalMessage()));
    }

    /** " (did you mean 'emails'?)" when a known property is close to the unknown one. */
    static String suggestion(String unknown, Collection<Object> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Object candidate : known) {
            int d = distance(unknown.toLowerCase(), String.valueOf(candidate).toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = String.valueOf(candidate);
            }
        }
        return best != null && bestDistance <= 2 ? " (did you mean '" + best + "'?)" : "";
    }

    private static String expected(Class<?> type) {
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "an object";
    }

    private static String found(MismatchedInputException e) {
        if (e instanceof InvalidFormatException format && format.getValue() != null) {
            Object value = format.getValue();
            return value instanceof String text ? Entity.quote(text) : String.valueOf(value);
        }
        JsonParser parser = e.getProcessor() instanceof JsonParser p ? p : null;
        JsonToken token = parser == null ? null : parser.currentToken();
        if (token == null) {
            return "something else";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> Entity.quote(text(parser));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> text(parser);
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> "something else";
        };
    }

    private static String text(JsonParser parser) {
        try {
            return parser.getText();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** Edit distance where swapping two neighbouring letters counts as one edit ("emial" → "email"). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * A path split into the entity it falls in ({@code users[3]}, with its key looked up in the
     * file) and the rest ({@code emails[0].primary}).
     */
    private record Where(String file, List<Object> entity, String key, List<Object> rest) {

        static Where of(Path path, List<Object> segments) {
            int split = entityLength(segments);
            List<Object> entity = segments.subList(0, split);
            String key = split > 0 ? EntityKeys.find(path, entity) : null;
            return new Where(SnapshotReader.nameOf(path), entity, key, segments.subList(split, segments.size()));
        }

        private static int entityLength(List<Object> segments) {
            if (segments.size() >= 2 && ENTITY_LISTS.contains(segments.get(0)) && segments.get(1) instanceof Integer) {
                return 2;
            }
            if (segments.size() >= 3 && "accessControl".equals(segments.get(0))
                    && "attributes".equals(segments.get(1)) && segments.get(2) instanceof Integer) {
                return 3;
            }
            return 0;
        }

        /** "users[3] (alice): message", or just "message" outside any entity. */
        SnapshotException problem(String message) {
            return Problems.single(file, location(), message);
        }

        /** "users[3] (alice): emails[0] must ..." or "users[3] must ..." when the entity itself is wrong. */
        SnapshotException subjectProblem(String predicate) {
            if (rest.isEmpty()) {
                return Problems.single(file, null, JsonPaths.render(entity) + " " + predicate);
            }
            return Problems.single(file, location(), JsonPaths.render(rest) + " " + predicate);
        }

        private String location() {
            if (entity.isEmpty()) {
                return null;
            }
            return key == null ? JsonPaths.render(entity) : JsonPaths.render(entity) + " (" + key + ")";
        }
    }
}
