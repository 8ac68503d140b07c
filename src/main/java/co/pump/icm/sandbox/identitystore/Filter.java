package co.pump.icm.sandbox.identitystore;

import java.util.List;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.JsonInput;

/**
 * The deprecated {@code Filters} of ListUsers and ListGroups: at most one filter, on
 * {@code UserName} (users) or {@code DisplayName} (groups), as the older API reference names
 * them; matched ignoring case, like the names' uniqueness. AWS deprecates it in favour of
 * GetUserId/GetGroupId but still answers it.
 */
record Filter(String value) {

    /** The filter of a request, or null when there is none. Violations are recorded in the input. */
    static Filter read(JsonInput in, String attribute) {
        List<JsonInput> filters = in.objects("Filters", 0, 1, false);
        if (filters.isEmpty()) {
            return null;
        }
        JsonInput filter = filters.get(0);
        String path = filter.string("AttributePath", Shapes.ATTRIBUTE_PATH, true);
        String value = filter.string("AttributeValue", Shapes.TEXT, true);
        in.violations().throwIfAny();
        if (!attribute.equalsIgnoreCase(path)) {
            throw AwsError.validation("Filtering is only supported on the attribute " + attribute + "; got " + path);
        }
        return new Filter(value);
    }
}
