package co.pump.icm.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import co.pump.icm.testing.ExpectsSandboxBugs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The protocol layer over raw HTTP: routing, JSON bodies and error shapes, REST pass-through, bugs. */
class DispatcherTest {
    private TestWorld t;
    private CallLog calls;
    private SandboxStats stats;
    private SandboxServer server;

    /** Echoes its input; fails on "Boom" (a bug) and answers "Refuse" with a modelled error. */
    static final class EchoService implements JsonService {
        Caller lastCaller;

        @Override
        public String targetPrefix() {
            return "Echo_20240101";
        }

        @Override
        public String serviceName() {
            return "echo";
        }

        @Override
        public JsonNode call(String operation, Caller caller, ObjectNode input) {
            lastCaller = caller;
            return switch (operation) {
                case "Echo" -> input;
                case "Boom" -> throw new IllegalStateException("a bug");
                case "Refuse" -> throw AwsError.conflict("No.").with("Reason", "CONCURRENT_MODIFICATION");
                default -> throw new AwsError(400, "UnknownOperationException", null);
            };
        }
    }

    /** Answers GET /hello, unsigned. */
    static final class HelloService implements RestService {
        RestRequest last;

        @Override
        public String serviceName() {
            return "hello";
        }

        @Override
        public boolean handles(String method, String path) {
            return path.startsWith("/hello");
        }

        @Override
        public String operationName(RestRequest request) {
            return "Hello";
        }

        @Override
        public RestResponse handle(RestRequest request) {
            last = request;
            if (request.path().equals("/hello/bug")) {
                throw new IllegalArgumentException("bug");
            }
            return RestResponse.json(200, "{\"hello\":\"" + request.query().get("name") + "\"}");
        }

        @Override
        public RestResponse error(AwsError error) {
            return new RestResponse(error.status(), "application/json", Map.of("x-amzn-ErrorType", error.code()),
                    ("{\"message\":\"" + error.getMessage() + "\"}").getBytes(StandardCharsets.UTF_8));
        }
    }

    private final EchoService echo = new EchoService();
    private final HelloService hello = new HelloService();

    @BeforeEach
    void start() {
        t = new TestWorld();
        calls = new CallLog();
        stats = new SandboxStats();
        server = new SandboxServer(t.world, List.of(echo, hello), FaultOptions.none(), 1, calls, stats, 0);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void jsonResponsesCarryTheProtocolHeaders() {
        var answer = RawHttp.json(server.endpoint(), t.member, "echo", "Echo_20240101.Echo", "{\"a\":[1,2]}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"a\":[1,2]}");
        assertThat(answer.header("Content-Type")).isEqualTo("application/x-amz-json-1.1");
        assertThat(answer.header("x-amzn-RequestId")).matches("[0-9a-f-]{36}");
        assertThat(echo.lastCaller).isEqualTo(new Caller(t.member.accountId(), t.member.arn(), t.member.accessKeyId(), TestWorld.REGION));
    }

    @Test
    void anEmptyBodyIsAnEmptyObject() {
        var answer = RawHttp.json(server.endpoint(), t.member, "echo", "Echo_20240101.Echo", "");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{}");
    }

    @Test
    void malformedJsonIsASerializationException() {
        var answer = RawHttp.json(server.endpoint(), t.member, "echo", "Echo_20240101.Echo", "{\"a\":");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("X-Amzn-ErrorType")).isEqualTo("SerializationException");
        assertThat(answer.body()).startsWith("{\"__type\":\"SerializationException\",\"message\":");
    }

    @Test
    void aJsonArrayBodyIsASerializationException() {
        var answer = RawHttp.json(server.endpoint(), t.member, "echo", "Echo_20240101.Echo", "[1]");
        assertThat(answer.header("X-Amzn-ErrorType")).isEqualTo("SerializationException");
    }

    @Test
    void anUnknownOperationIsUnknownOperationException() {
        var answer = RawHttp.json(server.endpoint(), t.member, "echo", "Echo_20240101.Nope", "{}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo("{\"__type\":\"UnknownOperationException\"}");
        assertThat(calls.records()).singleElement().satisfies(c -> {
            assertThat(c.service()).isEqualTo("echo");
            assertThat(c.operation()).isEqualTo("Nope");
            assertThat(c.error()).isEqualTo("UnknownOperationException");
        });
    }

    @Test
    void anUnknownTargetPrefixIsUnknownOperationException() {
        var answer = RawHttp.json(server.endpoint(), t.member, "echo", "NoSuchService.Echo", "{}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("X-Amzn-ErrorType")).isEqualTo("UnknownOperationException");
    }

    @Test
    void modelledErrorsCarryTheirMembers() {
        var answer = RawHttp.json(server.endpoint(), t.member, "echo", "Echo_20240101.Refuse", "{}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("X-Amzn-ErrorType")).isEqualTo("ConflictException");
        assertThat(answer.body()).isEqualTo("{\"__type\":\"ConflictException\",\"Message\":\"No.\",\"Reason\":\"CONCURRENT_MODIFICATION\"}");
    }

    @Test
    @ExpectsSandboxBugs
    void aBugIsA500InternalFailureAndIsRecorded() {
        var answer = RawHttp.json(server.endpoint(), t.member, "echo", "Echo_20240101.Boom", "{}");
        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.header("X-Amzn-ErrorType")).isEqualTo("InternalFailure");
        assertThat(stats.internalFailures()).singleElement().isInstanceOf(IllegalStateException.class);
        assertThat(calls.records()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(500));
    }

    @Test
    void restRequestsPassThroughUnsigned() {
        var answer = RawHttp.get(server.endpoint(), "/hello/there?name=J%C3%BCrgen&x=1");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"hello\":\"Jürgen\"}");
        assertThat(hello.last.path()).isEqualTo("/hello/there");
        assertThat(hello.last.query()).containsEntry("x", "1");
        assertThat(calls.records()).singleElement().satisfies(c -> {
            assertThat(c.service()).isEqualTo("hello");
            assertThat(c.operation()).isEqualTo("Hello");
            assertThat(c.account()).isNull();
            assertThat(c.error()).isNull();
        });
    }

    @Test
    @ExpectsSandboxBugs
    void aRestServiceBugIsRecordedToo() {
        var answer = RawHttp.get(server.endpoint(), "/hello/bug");
        assertThat(answer.status()).isEqualTo(500);
        assertThat(stats.internalFailures()).hasSize(1);
    }

    @Test
    void restServicesAnswerInjectedFaultsInTheirOwnShape() {
        var faulty = new SandboxServer(t.world, List.of(hello), FaultOptions.none().withFailRate(1.0), 1, calls, stats, 0);
        faulty.start();
        try {
            var answer = RawHttp.get(faulty.endpoint(), "/hello/x?name=a");
            assertThat(answer.status()).isEqualTo(500);
            assertThat(answer.header("x-amzn-ErrorType")).as("a family AWS has no model for: the common code").isEqualTo("InternalFailure");
            assertThat(answer.body()).isEqualTo("{\"message\":\"An internal error occurred. Please try again.\"}");
            assertThat(hello.last).isNull();
            assertThat(stats.failed()).isEqualTo(1);
        } finally {
            faulty.close();
        }
    }

    @Test
    void restServicesAreThrottledPerFamily() {
        var throttled = new SandboxServer(t.world, List.of(hello), FaultOptions.none().withTps(1), 1, calls, stats, 0);
        throttled.start();
        try {
            int refused = 0;
            for (int i = 0; i < 4; i++) {
                var answer = RawHttp.get(throttled.endpoint(), "/hello/x");
                if (answer.status() == 400) {
                    assertThat(answer.header("x-amzn-ErrorType")).isEqualTo("ThrottlingException");
                    refused++;
                }
            }
            assertThat(refused).isPositive();
            assertThat(stats.throttled()).isEqualTo(refused);
        } finally {
            throttled.close();
        }
    }

    @Test
    void anUnknownPathIsA404() {
        var answer = RawHttp.get(server.endpoint(), "/nowhere");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("X-Amzn-ErrorType")).isEqualTo("UnknownOperationException");
        assertThat(answer.body()).contains("No sandbox service answers GET /nowhere");
        assertThat(calls.records()).singleElement().satisfies(c -> {
            assertThat(c.service()).isNull();
            assertThat(c.status()).isEqualTo(404);
        });
    }

    @Test
    void aFormPostWithoutAQueryServiceIsNotFound() {
        var answer = RawHttp.post(server.endpoint(), "/", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "Action=GetCallerIdentity");
        assertThat(answer.status()).isEqualTo(404);
    }
}
