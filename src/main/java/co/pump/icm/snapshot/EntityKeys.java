package co.pump.icm.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.kind.Kind;
import co.pump.icm.kind.Kinds;

/**
 * The natural keys that messages show next to a JSON path, e.g. {@code alice@acme.com} for
 * {@code users[3]}. From records during validation, and from the file itself when reading failed
 * half-way through an entity (only then, so the cost does not matter).
 */
final class EntityKeys {

    // Lenient on purpose: it looks for a key in a file that was just found to be broken.
    private static final ObjectMapper LENIENT = new ObjectMapper(new JsonFactory());

    private EntityKeys() {
    }

    /**
     * The key of the entity at {@code entity} (e.g. {@code ["users", 3]}) in the file, or null if
     * it cannot be found or has no usable key.
     */
    static String find(Path file, List<Object> entity) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = LENIENT.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || !moveTo(parser, entity)) {
                return null;
            }
            return keyOf(String.valueOf(entity.get(0)), leadingStrings(parser));
        } catch (Exception e) {
            return null; // no key is better than a second error about the same broken file
        }
    }

    /**
     * The string properties of the object the parser is at, up to the end of the object or the
     * first thing that cannot be parsed: a key usually comes first, so even an entity that is
     * itself broken (truncated, a syntax error) usually still has one.
     */
    private static ObjectNode leadingStrings(JsonParser parser) {
        ObjectNode strings = LENIENT.createObjectNode();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return strings;
        }
        try {
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                if (parser.nextToken() == JsonToken.VALUE_STRING) {
                    strings.put(name, parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            // Broken further on: keep what came before.
        }
        return strings;
    }

    private static boolean moveTo(JsonParser parser, List<Object> segments) throws IOException {
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                if (parser.currentToken() != JsonToken.START_ARRAY) {
                    return false;
                }
                for (int i = 0; i <= index; i++) {
                    JsonToken token = parser.nextToken();
                    if (token == null || token == JsonToken.END_ARRAY) {
                        return false;
                    }
                    if (i < index) {
                        parser.skipChildren();
                    }
                }
            } else {
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    return false;
                }
                if (!moveToField(parser, (String) segment)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean moveToField(JsonParser parser, String name) throws IOException {
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            boolean match = name.equals(parser.currentName());
            parser.nextToken();
            if (match) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    private static String keyOf(String section, JsonNode node) {
        for (Kind<?, ?> kind : Kinds.all()) {
            if (kind.section().equals(section)) {
                return kind.keyInFile(field -> text(node, field));
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
