package co.pump.icm.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Handles every request the sandbox receives: routes it to a service by protocol, checks who is
 * calling and what their policy allows ({@link PolicyEnforcer}), injects faults, answers in the
 * protocol's shape, and records the call.
 *
 * <ul>
 *   <li>{@code POST /} with {@code X-Amz-Target: <prefix>.<Operation>}: the {@link JsonService} with that prefix;</li>
 *   <li>{@code POST /} with a form body ({@code Action=...}): the {@link QueryService} (STS);</li>
 *   <li>anything else: the first {@link RestService} that handles the method and path, unsigned;</li>
 *   <li>nothing matches: a 404 AWS-shaped error.</li>
 * </ul>
 */
final class Dispatcher implements HttpHandler {

    /** The SigV4 service name each signed API family must be scoped to. */
    private static final Map<String, String> SIGNING_NAMES = Map.of(
            "identitystore", "identitystore",
            "sso-admin", "sso",
            "organizations", "organizations",
            "sts", "sts");

    private final Map<String, JsonService> jsonServices = new LinkedHashMap<>();
    private final QueryService queryService;
    private final List<RestService> restServices;
    private final Authenticator authenticator;
    private final PolicyEnforcer policies;
    private final FaultInjector faults;
    private final CallLog calls;
    private final SandboxStats stats;

    Dispatcher(List<JsonService> jsonServices, QueryService queryService, List<RestService> restServices,
               Authenticator authenticator, PolicyEnforcer policies, FaultInjector faults, CallLog calls,
               SandboxStats stats) {
        jsonServices.forEach(s -> this.jsonServices.put(s.targetPrefix(), s));
        this.queryService = queryService;
        this.restServices = List.copyOf(restServices);
        this.authenticator = authenticator;
        this.policies = policies;
        this.faults = faults;
        this.calls = calls;
        this.stats = stats;
    }

    /** What became of one request, filled in as it goes through. */
    private static final class Outcome {
        final String requestId = UUID.randomUUID().toString();
        String service;
        String operation;
        String account;
        /** Null when the connection is to be dropped without a response. */
        WireResponse response;
        /** How this request's protocol writes an error; null until the request reached a service. */
        Function<AwsError, WireResponse> errors;
        /** True once the service has carried the request out (its answer may still be lost). */
        boolean carriedOut;
        /** True when the request was carried out and its answer then dropped or replaced. */
        boolean answerLost;
    }

    @Override
    public void handle(HttpExchange exchange) {
        stats.countRequest();
        Instant time = Instant.now();
        var outcome = new Outcome();
        try {
            HttpCall call = HttpCall.read(exchange);
            route(call, outcome);
            if (outcome.carriedOut) {
                loseAnswer(outcome);
            }
        } catch (IOException e) {
            exchange.close();
            return;
        } catch (RuntimeException | Error e) {
            outcome.response = bug(e, outcome);
        }
        // Recorded before answering, so that a client that has its answer also finds it in the log.
        try {
            calls.add(new CallRecord(time, outcome.account, outcome.service, outcome.operation,
                    outcome.response == null ? 0 : outcome.response.status(),
                    outcome.response == null ? null : outcome.response.errorCode(), outcome.answerLost));
        } catch (UncheckedIOException e) {
            // The call log file could not be written: still answer, and let tests see it.
            stats.recordInternalFailure(e, "writing the call log");
        }
        try {
            if (outcome.response != null) {
                send(exchange, outcome.response, outcome.requestId);
            }
        } catch (IOException e) {
            // The client went away; nothing to answer.
        } finally {
            // Closing before a response was sent makes the HTTP server drop the connection.
            exchange.close();
        }
    }

    private void route(HttpCall call, Outcome outcome) {
        String target = call.header("x-amz-target");
        if ("POST".equals(call.method()) && target != null) {
            handleJson(call, target, outcome);
        } else if ("POST".equals(call.method()) && "/".equals(call.path()) && queryService != null && isForm(call)) {
            // STS posts its forms to "/"; other form posts (the device approval page) are REST.
            handleQuery(call, outcome);
        } else {
            handleRest(call, outcome);
        }
    }

    private void handleJson(HttpCall call, String target, Outcome outcome) {
        int dot = target.lastIndexOf('.');
        JsonService service = dot < 0 ? null : jsonServices.get(target.substring(0, dot));
        outcome.operation = dot < 0 ? target : target.substring(dot + 1);
        if (service == null) {
            outcome.response = JsonWire.error(new AwsError(400, "UnknownOperationException", null),
                    outcome.requestId, "message", false);
            return;
        }
        outcome.service = service.serviceName();
        Caller caller;
        try {
            caller = authenticator.authenticate(call, SIGNING_NAMES.get(service.serviceName()));
        } catch (AuthFailure e) {
            outcome.response = JsonWire.error(e.asJsonError(), outcome.requestId, "message", false);
            return;
        }
        outcome.account = caller.accountId();
        Function<AwsError, WireResponse> errors =
                e -> JsonWire.error(e, outcome.requestId, "Message", service.errorsCarryRequestId());
        outcome.errors = errors;
        if (injectFault(service.serviceName(), errors, outcome)) {
            return;
        }
        ObjectNode input;
        try {
            input = JsonWire.parse(call.body());
        } catch (AwsError e) {
            outcome.response = JsonWire.error(e, outcome.requestId, "message", false);
            return;
        }
        try {
            policies.check(caller, SIGNING_NAMES.get(service.serviceName()), outcome.operation, textMembers(input));
            JsonNode output = service.call(outcome.operation, caller, input);
            outcome.response = JsonWire.ok(output, outcome.requestId);
            outcome.carriedOut = true;
        } catch (AwsError e) {
            outcome.response = errors.apply(e);
        }
    }

    private void handleQuery(HttpCall call, Outcome outcome) {
        Map<String, String> parameters = new LinkedHashMap<>(call.queryParameters());
        parameters.putAll(FormEncoding.decode(call.bodyText()));
        String action = parameters.get("Action");
        outcome.service = queryService.serviceName();
        outcome.operation = action;
        String namespace = queryService.xmlNamespace();
        Caller caller;
        try {
            caller = authenticator.authenticate(call, SIGNING_NAMES.get(queryService.serviceName()));
        } catch (AuthFailure e) {
            outcome.response = QueryWire.error(e.asQueryError(), namespace, outcome.requestId);
            return;
        }
        outcome.account = caller.accountId();
        Function<AwsError, WireResponse> errors = e -> QueryWire.error(e, namespace, outcome.requestId);
        outcome.errors = errors;
        if (injectFault(queryService.serviceName(), errors, outcome)) {
            return;
        }
        if (action == null || action.isEmpty()) {
            outcome.response = errors.apply(new AwsError(400, "MissingAction", "Missing Action"));
            return;
        }
        try {
            policies.check(caller, SIGNING_NAMES.get(queryService.serviceName()), action, parameters::get);
            String result = queryService.call(action, caller, parameters);
            outcome.response = QueryWire.ok(action, namespace, result, outcome.requestId);
            outcome.carriedOut = true;
        } catch (AwsError e) {
            outcome.response = errors.apply(e);
        }
    }

    private void handleRest(HttpCall call, Outcome outcome) {
        String path = call.path();
        RestService service = restServices.stream().filter(s -> s.handles(call.method(), path)).findFirst().orElse(null);
        if (service == null) {
            outcome.response = notFound(call, outcome.requestId);
            return;
        }
        var request = new RestRequest(call.method(), path, call.queryParameters(), call.headers(), call.body());
        outcome.service = service.serviceName();
        outcome.operation = service.operationName(request);
        Function<AwsError, WireResponse> errors = e -> fromRest(service.error(e));
        outcome.errors = errors;
        // The REST services are unsigned: there is no caller to check, so faults apply to every request.
        if (injectFault(service.serviceName(), errors, outcome)) {
            return;
        }
        try {
            outcome.response = fromRest(service.handle(request));
            // REST services answer some refusals without throwing: only a success was carried out.
            outcome.carriedOut = outcome.response.status() >= 200 && outcome.response.status() < 300;
        } catch (AwsError e) {
            outcome.response = errors.apply(e);
        }
    }

    /** Applies the injected faults; true when the request gets one and must not run. */
    private boolean injectFault(String family, Function<AwsError, WireResponse> errors, Outcome outcome) {
        sleep(faults.latency());
        switch (faults.draw(family, outcome.operation)) {
            case RESET -> {
                stats.countReset();
                outcome.response = null;
                return true;
            }
            case THROTTLE -> {
                stats.countThrottled();
                outcome.response = errors.apply(FaultInjector.throttling(family));
                return true;
            }
            case FAIL -> {
                stats.countFailed();
                outcome.response = errors.apply(FaultInjector.serverError(family));
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * Applies the faults that strike after a request was carried out: its answer is dropped with
     * the connection, or replaced by the service's server error. The work stays done.
     */
    private void loseAnswer(Outcome outcome) {
        switch (faults.drawAfterWork()) {
            case LOSE_REPLY -> {
                stats.countLostReply();
                outcome.response = null;
                outcome.answerLost = true;
            }
            case FAIL_LATE -> {
                stats.countLateFailure();
                outcome.response = outcome.errors.apply(FaultInjector.serverError(outcome.service));
                outcome.answerLost = true;
            }
            case ANSWER -> {
                // The answer goes out as it is.
            }
        }
    }

    /**
     * A sandbox bug: answered as 500 InternalFailure, and reported (see {@link SandboxStats}) so
     * that it is never mistaken for an AWS outage.
     */
    private WireResponse bug(Throwable failure, Outcome outcome) {
        stats.recordInternalFailure(failure, outcome.service + " " + outcome.operation);
        var error = new AwsError(500, "InternalFailure",
                "The sandbox failed to process this request (a sandbox bug): " + failure.getClass().getSimpleName());
        return JsonWire.error(error, outcome.requestId, "message", false);
    }

    private static WireResponse notFound(HttpCall call, String requestId) {
        var error = new AwsError(404, "UnknownOperationException",
                "No sandbox service answers " + call.method() + " " + call.path());
        return JsonWire.error(error, requestId, "message", false);
    }

    private static WireResponse fromRest(RestResponse response) {
        String code = response.errorCode();
        if (code != null && code.indexOf(':') >= 0) {
            code = code.substring(0, code.indexOf(':'));
        }
        return new WireResponse(response.status(), response.contentType(), response.headers(), response.body(), code);
    }

    /** Reads a top-level string member of a JSON input, for naming the resource of a refusal. */
    private static Function<String, String> textMembers(ObjectNode input) {
        return name -> input.path(name).isTextual() ? input.get(name).asText() : null;
    }

    private static boolean isForm(HttpCall call) {
        String type = call.header("content-type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static void send(HttpExchange exchange, WireResponse response, String requestId) throws IOException {
        var headers = exchange.getResponseHeaders();
        if (response.contentType() != null) {
            headers.set("Content-Type", response.contentType());
        }
        response.headers().forEach(headers::set);
        if (!headers.containsKey("x-amzn-RequestId")) {
            headers.set("x-amzn-RequestId", requestId);
        }
        byte[] body = response.body() == null ? new byte[0] : response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
