package co.pump.icm.snapshot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * JSON paths the way messages show them: {@code users[3].emails[0].primary}. A path is a list of
 * segments, each a property name ({@link String}) or an array index ({@link Integer}).
 */
final class JsonPaths {

    private JsonPaths() {
    }

    static String render(List<Object> segments) {
        var text = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                if (text.length() > 0) {
                    text.append('.');
                }
                text.append(segment);
            }
        }
        return text.toString();
    }

    /** Where a streaming parser is, from the top of the file. */
    static List<Object> of(JsonStreamContext context) {
        List<Object> segments = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                if (c.getCurrentIndex() >= 0) {
                    segments.add(c.getCurrentIndex());
                }
            } else if (c.getCurrentName() != null) {
                segments.add(c.getCurrentName());
            }
        }
        Collections.reverse(segments);
        return segments;
    }

    /** Where a databind error happened, below the top-level property {@code field}. */
    static List<Object> of(String field, JsonMappingException e) {
        List<Object> segments = new ArrayList<>();
        segments.add(field);
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                segments.add(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                segments.add(ref.getIndex());
            }
        }
        return segments;
    }
}
