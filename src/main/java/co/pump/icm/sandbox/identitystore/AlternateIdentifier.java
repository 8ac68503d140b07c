package co.pump.icm.sandbox.identitystore;

import java.util.List;

import co.pump.icm.model.ExternalId;
import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.JsonInput;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code AlternateIdentifier} union of GetUserId and GetGroupId: exactly one of
 * {@code ExternalId{Issuer, Id}} or {@code UniqueAttribute{AttributePath, AttributeValue}}.
 * Unique attributes are matched ignoring case, like their uniqueness; external IDs exactly.
 */
record AlternateIdentifier(ExternalId externalId, String attributePath, String attributeValue) {

    /**
     * Reads the identifier (and throws any violations recorded for the request).
     *
     * @param uniquePaths the attribute paths that identify uniquely, e.g. {@code userName}
     */
    static AlternateIdentifier read(JsonInput in, List<String> uniquePaths) {
        JsonInput union = in.object("AlternateIdentifier", true);
        ExternalId externalId = null;
        String path = null;
        String value = null;
        if (union != null) {
            JsonInput external = union.object("ExternalId", false);
            JsonInput unique = union.object("UniqueAttribute", false);
            if ((external == null) == (unique == null)) {
                in.violations().throwIfAny();
                throw AwsError.validation("AlternateIdentifier must have exactly one member set: ExternalId or UniqueAttribute");
            }
            if (external != null) {
                externalId = new ExternalId(external.string("Issuer", Shapes.EXTERNAL_ID_ISSUER, true),
                        external.string("Id", Shapes.EXTERNAL_ID, true));
            } else {
                path = unique.string("AttributePath", Shapes.ATTRIBUTE_PATH, true);
                JsonNode document = unique.document("AttributeValue");
                if (document == null) {
                    in.violations().missing(unique.path("AttributeValue"));
                } else if (!document.isTextual()) {
                    in.violations().add(unique.path("AttributeValue"), null, "Member must be a string");
                } else {
                    value = document.asText();
                }
            }
        }
        in.violations().throwIfAny();
        if (path != null && !uniquePaths.contains(path)) {
            throw AwsError.validation("The attribute path " + path + " is not a unique attribute; use one of "
                    + String.join(", ", uniquePaths));
        }
        return new AlternateIdentifier(externalId, path, value);
    }
}
