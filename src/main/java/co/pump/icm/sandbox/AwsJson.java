package co.pump.icm.sandbox;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON as the AWS JSON protocols write it, shared by the sandbox services: one mapper, and
 * timestamps as epoch seconds written as plain decimal numbers ({@code 1700000000.123}, never
 * {@code 1.7E9}).
 */
public final class AwsJson {

    /** The mapper for request and response bodies. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private AwsJson() {
    }

    /** A new empty JSON object. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Epoch seconds with millisecond precision, for a timestamp member. */
    public static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli(), 3).stripTrailingZeros();
    }

    /** Epoch seconds from epoch milliseconds. */
    public static BigDecimal epochSeconds(long epochMillis) {
        return BigDecimal.valueOf(epochMillis, 3).stripTrailingZeros();
    }

    /** Epoch seconds as the sandbox state holds them (a double), written plainly. */
    public static BigDecimal epochSeconds(double epochSeconds) {
        return BigDecimal.valueOf(Math.round(epochSeconds * 1000), 3).stripTrailingZeros();
    }
}
