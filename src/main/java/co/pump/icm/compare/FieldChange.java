package co.pump.icm.compare;

import java.util.Objects;

/**
 * One field of an item that differs between left and right.
 *
 * <p>The path names the field the way the Identity Store and SSO Admin APIs do:
 * {@code displayName}, {@code name.givenName}, {@code emails[0].value}, {@code sessionDuration},
 * {@code inlinePolicy}, {@code permissionsBoundary}. Parts that AWS treats as sets are reported one
 * element at a time: {@code managedPolicies}, {@code customerManagedPolicies} and
 * {@code externalIds} with kind {@link Kind#ADDED} or {@link Kind#REMOVED} and the element as the
 * value, and tags by key ({@code tags.team}), whose value can also be {@link Kind#CHANGED}.
 *
 * <p>Values are the model's own typed values, so that a plan can turn them into AWS operations
 * without parsing text: a {@code String} or {@code Boolean} for a plain field, the element's record
 * ({@code ManagedPolicy}, {@code CustomerManagedPolicyReference}, {@code Tag}, {@code ExternalId},
 * {@code Email}, {@code Address}, {@code PhoneNumber}, {@code Photo}, {@code AccessControlAttribute})
 * for an element added, removed or (tags and attributes) changed, or a {@code PermissionsBoundary}. They are the values as written on each side (not normalised): a session duration
 * of {@code null} stays {@code null} even though it equals {@code PT1H}. {@link #oldText()} and
 * {@link #newText()} render them for a person.
 *
 * @param path     where the field is, e.g. {@code emails[0].primary} or {@code tags.team}
 * @param kind     whether a value changed, or a set element was added or removed
 * @param oldValue the left value, or null when absent (always null for {@link Kind#ADDED})
 * @param newValue the right value, or null when absent (always null for {@link Kind#REMOVED})
 */
public record FieldChange(String path, Kind kind, Object oldValue, Object newValue) {

    /** What happened to the field, reading from left to right. */
    public enum Kind {
        /** The value differs (a plain field, including one that is absent on one side, or a tag's value). */
        CHANGED,
        /** An element is only on the right: a managed policy, tag, external ID or list element. */
        ADDED,
        /** An element is only on the left. */
        REMOVED
    }

    public FieldChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.ADDED && (oldValue != null || newValue == null)) {
            throw new IllegalArgumentException("An added element has a new value and no old one: " + path);
        }
        if (kind == Kind.REMOVED && (oldValue == null || newValue != null)) {
            throw new IllegalArgumentException("A removed element has an old value and no new one: " + path);
        }
    }

    public static FieldChange changed(String path, Object oldValue, Object newValue) {
        return new FieldChange(path, Kind.CHANGED, oldValue, newValue);
    }

    public static FieldChange added(String path, Object newValue) {
        return new FieldChange(path, Kind.ADDED, null, newValue);
    }

    public static FieldChange removed(String path, Object oldValue) {
        return new FieldChange(path, Kind.REMOVED, oldValue, null);
    }

    /**
     * The top-level field this change is in: {@code name} for {@code name.givenName},
     * {@code emails} for {@code emails[0].value}, {@code tags} for {@code tags.team}.
     */
    public String field() {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[') {
                return path.substring(0, i);
            }
        }
        return path;
    }

    /** The left value for a person, e.g. {@code "Alice"}, {@code true} or {@code (none)}. */
    public String oldText() {
        return FieldValues.display(oldValue);
    }

    /** The right value for a person. */
    public String newText() {
        return FieldValues.display(newValue);
    }
}
