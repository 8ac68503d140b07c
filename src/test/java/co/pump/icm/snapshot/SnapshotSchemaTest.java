package co.pump.icm.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import co.pump.icm.kind.Kind;
import co.pump.icm.kind.Kinds;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.MoreKinds;

/**
 * Keeps docs/snapshot.schema.json in step with the model records: every record the snapshot
 * holds has a definition named after it, whose properties are the record's components in the
 * same order, each of the matching JSON type.
 */
class SnapshotSchemaTest {

    private static final String MODEL = "co.pump.icm.model.";

    private static JsonNode schema;

    @BeforeAll
    static void readSchema() throws IOException {
        schema = SnapshotJson.mapper().readTree(Path.of("docs", "snapshot.schema.json").toFile());
    }

    @Test
    void isADraft202012SchemaOfAnObjectWithNoOtherProperties() {
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("type").asText()).isEqualTo("object");
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.get("properties").get("formatVersion").get("const").asInt()).isEqualTo(Snapshot.FORMAT_VERSION);
    }

    /**
     * The header, the source, then one section per kind in the order of {@link Kinds}: a component
     * of the configuration record, or, for a kind added since (kept in {@link MoreKinds}), a list
     * of the kind's own records.
     */
    @Test
    void topLevelPropertiesAreTheHeaderThenOneSectionPerKind() {
        List<String> expected = new ArrayList<>(SnapshotDocument.HEADER_FIELDS);
        expected.add("source");
        Kinds.all().forEach(kind -> expected.add(kind.section()));

        assertThat(fieldNames(schema.get("properties"))).containsExactlyElementsOf(expected);
        assertThat(SnapshotDocument.properties()).containsExactlyElementsOf(expected);
        List<String> components = componentNames(IdentityCenterConfig.class);
        assertThat(expected).as("every component of the configuration but the kinds added since")
                .containsAll(components.stream().filter(c -> !c.equals("more")).toList());
        for (RecordComponent component : IdentityCenterConfig.class.getRecordComponents()) {
            if (!component.getName().equals("more")) {
                assertType(component, schema.get("properties").get(component.getName()));
            }
        }
        for (Kind<?, ?> kind : Kinds.all()) {
            if (!components.contains(kind.section())) {
                JsonNode property = schema.get("properties").get(kind.section());
                assertThat(property.get("type").asText()).as(kind.section()).isEqualTo("array");
                assertThat(property.get("items").get("$ref").asText()).as(kind.section())
                        .isEqualTo("#/$defs/" + kind.type().getSimpleName());
            }
        }
    }

    @Test
    void everyRecordOfTheSnapshotHasADefinitionWithItsComponentsInOrder() {
        Set<Class<?>> records = reachableRecords(IdentityCenterConfig.class);
        Kinds.all().forEach(kind -> records.addAll(reachableRecords(kind.type())));
        records.remove(IdentityCenterConfig.class); // inline at the top level
        records.remove(MoreKinds.class); // its kinds are top-level sections

        JsonNode defs = schema.get("$defs");
        assertThat(fieldNames(defs)).containsExactlyInAnyOrderElementsOf(
                records.stream().map(Class::getSimpleName).toList());
        for (Class<?> record : records) {
            JsonNode def = defs.get(record.getSimpleName());
            assertThat(def.get("type").asText()).as(record.getSimpleName()).isEqualTo("object");
            assertThat(def.get("additionalProperties").asBoolean(true)).as(record.getSimpleName()).isFalse();
            assertThat(fieldNames(def.get("properties"))).as(record.getSimpleName())
                    .containsExactlyElementsOf(componentNames(record));
            for (RecordComponent component : record.getRecordComponents()) {
                assertType(component, def.get("properties").get(component.getName()));
            }
            if (def.has("required")) {
                List<String> required = new ArrayList<>();
                def.get("required").forEach(r -> required.add(r.asText()));
                assertThat(componentNames(record)).as(record.getSimpleName()).containsAll(required);
            }
        }
    }

    /** The property's JSON type matches the component's Java type. */
    private static void assertType(RecordComponent component, JsonNode property) {
        String where = component.getDeclaringRecord().getSimpleName() + "." + component.getName();
        Class<?> type = component.getType();
        if (type == String.class) {
            assertThat(property.get("type").asText()).as(where).isEqualTo("string");
        } else if (type == Boolean.class) {
            assertThat(property.get("type").asText()).as(where).isEqualTo("boolean");
        } else if (type.isEnum()) {
            List<String> values = new ArrayList<>();
            property.get("enum").forEach(v -> values.add(v.asText()));
            assertThat(values).as(where).containsExactlyElementsOf(
                    Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
        } else if (type == List.class) {
            assertThat(property.get("type").asText()).as(where).isEqualTo("array");
            Class<?> element = elementType(component.getGenericType());
            if (element == String.class) {
                assertThat(property.get("items").get("type").asText()).as(where).isEqualTo("string");
            } else {
                assertThat(property.get("items").get("$ref").asText()).as(where)
                        .isEqualTo("#/$defs/" + element.getSimpleName());
            }
        } else if (type.isRecord()) {
            assertThat(property.get("$ref").asText()).as(where).isEqualTo("#/$defs/" + type.getSimpleName());
        } else {
            throw new AssertionError(where + " has a type the schema test does not know: " + type);
        }
    }

    private static Set<Class<?>> reachableRecords(Class<?> root) {
        Set<Class<?>> found = new LinkedHashSet<>();
        Deque<Class<?>> toVisit = new ArrayDeque<>(List.of(root));
        while (!toVisit.isEmpty()) {
            Class<?> record = toVisit.pop();
            if (!found.add(record)) {
                continue;
            }
            for (RecordComponent component : record.getRecordComponents()) {
                Class<?> type = component.getType() == List.class
                        ? elementType(component.getGenericType()) : component.getType();
                if (type.isRecord() && type.getName().startsWith(MODEL)) {
                    toVisit.push(type);
                }
            }
        }
        return found;
    }

    private static Class<?> elementType(Type listType) {
        return (Class<?>) ((ParameterizedType) listType).getActualTypeArguments()[0];
    }

    private static List<String> componentNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
