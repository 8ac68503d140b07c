package co.pump.icm.snapshot;

import java.util.function.Supplier;

/**
 * One keyed thing in the file being validated, e.g. {@code users[3]} with key
 * {@code alice@acme.com}: where its problems are reported. The path and key texts are only built
 * when there is a problem to report, as most entities have none.
 */
final class Entity implements co.pump.icm.kind.Checks {

    private final Problems problems;
    private final String list;
    private final int index;
    private final Supplier<String> key;

    /** An entity whose key is a field of its own, e.g. a user's name (null if missing). */
    Entity(Problems problems, String list, int index, String key) {
        this(problems, list, index, () -> key);
    }

    /** An entity whose key is made of several fields, built only if a problem needs it. */
    Entity(Problems problems, String list, int index, Supplier<String> key) {
        this.problems = problems;
        this.list = list;
        this.index = index;
        this.key = key;
    }

    /** Reports a problem of this entity; the message names the field, e.g. "userName is missing". */
    @Override
    public void add(String message) {
        problems.add(path(), key.get(), message);
    }

    /** The entity's JSON path, e.g. {@code users[3]}. */
    String path() {
        return path(list, index);
    }

    static String path(String list, int index) {
        return list + "[" + index + "]";
    }

    /** Checks a required string: reports it missing or empty, and returns whether it has a value. */
    @Override
    public boolean required(String field, String value) {
        if (value == null) {
            add(field + " is missing");
            return false;
        }
        if (value.isEmpty()) {
            add(field + " must not be empty");
            return false;
        }
        return true;
    }

    /** Reports a string longer than {@code max} characters (Unicode code points, as AWS counts). */
    @Override
    public void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            int length = value.codePointCount(0, value.length());
            if (length > max) {
                add(field + " is " + length + " characters long; the limit is " + max);
            }
        }
    }

    /** Reports a list with more than {@code max} items. */
    @Override
    public void maxItems(String field, int size, int max, String limit) {
        if (size > max) {
            add("has " + size + " " + field + "; " + limit);
        }
    }

    /** The value as messages quote it, shortened if long. */
    static String quote(String value) {
        return "'" + ReadErrors.shorten(value) + "'";
    }
}
