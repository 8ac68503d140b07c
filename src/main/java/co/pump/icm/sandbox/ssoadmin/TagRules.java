package co.pump.icm.sandbox.ssoadmin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import co.pump.icm.model.Tag;
import co.pump.icm.sandbox.AwsError;

/**
 * Tags on permission sets. The model allows 75 tags in one request; a resource holds at most
 * {@value #MAX_TAGS_PER_RESOURCE}, the general AWS limit of user tags per resource (AWS tagging
 * restrictions, repeated in many services' guides): the sso-admin pages state no per-resource
 * number, so this one is an assumption. Keys are unique per resource, and the {@code aws:} prefix is
 * reserved for AWS (same general restrictions).
 */
final class TagRules {

    static final int MAX_TAGS_PER_RESOURCE = 50;

    private TagRules() {
    }

    /** Reads a Tags member: each tag needs a Key and a Value (which may be empty). */
    static List<Tag> read(Input in, boolean required) {
        List<Tag> tags = new ArrayList<>();
        for (Input item : in.structures("Tags", required, 0, Shapes.TAGS_PER_REQUEST)) {
            String key = item.required("Key", Shapes.TAG_KEY);
            String value = item.required("Value", Shapes.TAG_VALUE);
            if (key != null && value != null) {
                tags.add(new Tag(key, value));
            }
        }
        return tags;
    }

    /** Rejects duplicate keys in one request and keys with the reserved prefix (wording is the sandbox's). */
    static void checkRequest(List<Tag> tags) {
        Set<String> seen = new HashSet<>();
        for (Tag tag : tags) {
            if (!seen.add(tag.key())) {
                throw AwsError.validation("Duplicate tag key '" + tag.key() + "' in the request.");
            }
            if (tag.key().toLowerCase(Locale.ROOT).startsWith("aws:")) {
                throw AwsError.validation("Tag key '" + tag.key() + "' uses the prefix aws:, which is reserved for AWS.");
            }
        }
    }

    /** The resource's tags after adding or overwriting {@code added}, within the per-resource limit. */
    static List<Tag> merge(List<Tag> existing, List<Tag> added) {
        Map<String, String> byKey = new LinkedHashMap<>();
        existing.forEach(t -> byKey.put(t.key(), t.value()));
        added.forEach(t -> byKey.put(t.key(), t.value()));
        if (byKey.size() > MAX_TAGS_PER_RESOURCE) {
            throw AwsError.quotaExceeded("A resource can have at most " + MAX_TAGS_PER_RESOURCE + " tags; this request would leave "
                    + byKey.size() + ".");
        }
        List<Tag> merged = new ArrayList<>();
        byKey.forEach((k, v) -> merged.add(new Tag(k, v)));
        return merged;
    }
}
