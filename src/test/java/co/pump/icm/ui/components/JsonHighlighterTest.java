package co.pump.icm.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import co.pump.icm.ui.components.JsonHighlighter.Kind;
import co.pump.icm.ui.components.JsonHighlighter.Span;
import org.junit.jupiter.api.Test;

class JsonHighlighterTest {

    private static List<Span> meaningful(String json) {
        return JsonHighlighter.spans(json).stream().filter(s -> s.kind() != Kind.WHITESPACE).toList();
    }

    @Test
    void keysStringsNumbersLiteralsAndPunctuation() {
        assertThat(meaningful("{\"Effect\": \"Allow\", \"n\": -1.5e3, \"ok\": true, \"x\": null}")).containsExactly(
                new Span(Kind.PUNCTUATION, "{"), new Span(Kind.KEY, "\"Effect\""), new Span(Kind.PUNCTUATION, ":"),
                new Span(Kind.STRING, "\"Allow\""), new Span(Kind.PUNCTUATION, ","),
                new Span(Kind.KEY, "\"n\""), new Span(Kind.PUNCTUATION, ":"), new Span(Kind.NUMBER, "-1.5e3"),
                new Span(Kind.PUNCTUATION, ","), new Span(Kind.KEY, "\"ok\""), new Span(Kind.PUNCTUATION, ":"),
                new Span(Kind.LITERAL, "true"), new Span(Kind.PUNCTUATION, ","), new Span(Kind.KEY, "\"x\""),
                new Span(Kind.PUNCTUATION, ":"), new Span(Kind.LITERAL, "null"), new Span(Kind.PUNCTUATION, "}"));
    }

    @Test
    void escapedQuotesStayInsideTheString() {
        assertThat(meaningful("[\"a \\\"quoted\\\" word\"]")).containsExactly(new Span(Kind.PUNCTUATION, "["),
                new Span(Kind.STRING, "\"a \\\"quoted\\\" word\""), new Span(Kind.PUNCTUATION, "]"));
    }

    @Test
    void anyTextComesBackWhole() {
        for (String text : List.of("not json at all", "{\"unterminated", "", "  {\n  \"a\" : [1, 2]\n}\n", "@#!")) {
            String joined = JsonHighlighter.spans(text).stream().map(Span::text).collect(Collectors.joining());
            assertThat(joined).isEqualTo(text);
        }
    }
}
