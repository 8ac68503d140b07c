package co.pump.icm.kind;

/**
 * Where the rules of a kind report what is wrong with one item of a snapshot file: the snapshot
 * reader gives each item one of these, which knows the item's place in the file ({@code users[3]})
 * and its key, so that a rule only names the field and the problem.
 */
public interface Checks {

    /** Reports a problem of this item; the message names the field, e.g. "userName is missing". */
    void add(String message);

    /** Checks a required string: reports it missing or empty, and returns whether it has a value. */
    boolean required(String field, String value);

    /** Reports a string longer than {@code max} characters (Unicode code points, as AWS counts). */
    void maxLength(String field, String value, int max);

    /** Reports a list with more than {@code max} items. */
    void maxItems(String field, int size, int max, String limit);

    /** A value as messages quote it, shortened if long. */
    static String quote(String value) {
        return "'" + (value.length() <= 60 ? value : value.substring(0, 57) + "...") + "'";
    }

    /** The first line of a parser's message. */
    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
