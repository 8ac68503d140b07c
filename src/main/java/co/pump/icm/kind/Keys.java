package co.pump.icm.kind;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Small rules shared by the kinds' keys and checks. */
final class Keys {

    private Keys() {
    }

    /** How user names are matched: Identity Center keeps them unique regardless of case. */
    static String fold(String userName) {
        return userName.toLowerCase(Locale.ROOT);
    }

    /**
     * The key itself when its user name is already folded (the usual case: no allocation for
     * hundreds of thousands of memberships), otherwise a key with the folded user name.
     */
    static <K> K sameIfFolded(K key, String userName, Function<String, K> withFolded) {
        String folded = fold(userName);
        // Identity on purpose: toLowerCase returns the same instance when nothing changes.
        return folded == userName ? key : withFolded.apply(folded);
    }

    static String quote(String text) {
        return "'" + text + "'";
    }

    /** A map that will hold a key per item without growing (growing a 300,000-entry map is costly). */
    static <K> Map<K, Integer> sized(int items) {
        return new HashMap<>(Math.max(16, (int) (items / 0.75f) + 1));
    }

    /** Reports a key seen before, e.g. {@code duplicate name: permissionSets[1] has the same name}. */
    static void unique(Checks item, Places places, Map<String, Integer> seen, String key, int index, String field) {
        Integer earlier = seen.putIfAbsent(key, index);
        if (earlier != null) {
            item.add("duplicate " + field + ": " + places.path(earlier) + " has the same " + field);
        }
    }

    /** The key of a membership or assignment from its parts; null when every part is missing. */
    static String join(String... parts) {
        boolean any = false;
        var text = new StringBuilder();
        for (String part : parts) {
            if (text.length() > 0) {
                text.append(" / ");
            }
            text.append(part == null ? "?" : part);
            any |= part != null;
        }
        return any ? text.toString() : null;
    }

    /** How an assignment's principal reads in a key: {@code USER alice@acme.com}. */
    static String principal(String type, String name) {
        if (type == null && name == null) {
            return null;
        }
        return (type == null ? "?" : type) + " " + (name == null ? "?" : name);
    }

    /** Whether a text is an AWS account ID: exactly 12 digits. */
    static boolean isAccountId(String id) {
        if (id.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Checks a required account ID; returns whether it is one. */
    static boolean accountId(Checks item, String field, String id) {
        if (!item.required(field, id)) {
            return false;
        }
        if (!isAccountId(id)) {
            item.add(field + " must be 12 digits, not " + Checks.quote(id));
            return false;
        }
        return true;
    }

    /** Lower-cased fields separated by a character no query contains, so that a match never spans two. */
    static String search(String... fields) {
        var text = new StringBuilder();
        for (String field : fields) {
            if (field != null) {
                text.append(field.toLowerCase(Locale.ROOT)).append('\u0000');
            }
        }
        return text.toString();
    }
}
