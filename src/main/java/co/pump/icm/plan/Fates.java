package co.pump.icm.plan;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Whether each user, group or permission set will exist in the target after the import, and if
 * not, why: memberships and assignments that need it are skipped with that reason.
 */
final class Fates {

    private final boolean ignoreCase;
    private final Map<String, String> missingReasons = new HashMap<>();
    private final Map<String, Boolean> exists = new HashMap<>();

    Fates(boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
    }

    void willExist(String name) {
        exists.put(key(name), true);
        missingReasons.remove(key(name));
    }

    void willNotExist(String name, String reason) {
        if (!Boolean.TRUE.equals(exists.get(key(name)))) {
            missingReasons.put(key(name), reason);
        }
    }

    /** Null when the item will exist; otherwise why it will not. */
    String whyMissing(String name) {
        if (Boolean.TRUE.equals(exists.get(key(name)))) {
            return null;
        }
        String reason = missingReasons.get(key(name));
        return reason != null ? reason : "it is neither in the target nor in the snapshot";
    }

    private String key(String name) {
        return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    }
}
