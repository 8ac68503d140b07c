package co.pump.icm.ui.components;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits JSON text into spans for syntax colouring: object keys, strings, numbers, literals
 * ({@code true}, {@code false}, {@code null}), punctuation and whitespace. Lenient: text that is
 * not JSON still comes back whole, in spans that join to the original.
 */
public final class JsonHighlighter {

    /** What a span of JSON text is. */
    public enum Kind {
        KEY, STRING, NUMBER, LITERAL, PUNCTUATION, WHITESPACE, OTHER
    }

    /** A piece of the text and what it is. */
    public record Span(Kind kind, String text) {
    }

    private JsonHighlighter() {
    }

    /** The spans of the text, in order; joined they give the text back exactly. */
    public static List<Span> spans(String json) {
        var spans = new ArrayList<Span>();
        int i = 0;
        int n = json.length();
        while (i < n) {
            char c = json.charAt(i);
            int end;
            Kind kind;
            if (c == '"') {
                end = endOfString(json, i);
                kind = followedByColon(json, end) ? Kind.KEY : Kind.STRING;
            } else if (Character.isWhitespace(c)) {
                end = i;
                while (end < n && Character.isWhitespace(json.charAt(end))) {
                    end++;
                }
                kind = Kind.WHITESPACE;
            } else if ("{}[]:,".indexOf(c) >= 0) {
                end = i + 1;
                kind = Kind.PUNCTUATION;
            } else if (c == '-' || Character.isDigit(c)) {
                end = i + 1;
                while (end < n && "+-.eE0123456789".indexOf(json.charAt(end)) >= 0) {
                    end++;
                }
                kind = Kind.NUMBER;
            } else {
                end = i;
                while (end < n && Character.isLetter(json.charAt(end))) {
                    end++;
                }
                end = Math.max(end, i + 1);
                String word = json.substring(i, end);
                kind = word.equals("true") || word.equals("false") || word.equals("null") ? Kind.LITERAL : Kind.OTHER;
            }
            spans.add(new Span(kind, json.substring(i, end)));
            i = end;
        }
        return spans;
    }

    /** The index after the closing quote of the string starting at {@code start} (or the end of the text). */
    private static int endOfString(String json, int start) {
        int i = start + 1;
        while (i < json.length()) {
            char c = json.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return json.length();
    }

    private static boolean followedByColon(String json, int from) {
        int i = from;
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i < json.length() && json.charAt(i) == ':';
    }
}
