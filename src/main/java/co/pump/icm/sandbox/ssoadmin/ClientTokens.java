package co.pump.icm.sandbox.ssoadmin;

import java.util.function.Predicate;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.state.ClientTokenUse;
import co.pump.icm.sandbox.state.SandboxInstance;

/**
 * The idempotency of CreateApplication and CreateTrustedTokenIssuer: a retry with the same
 * ClientToken and the same members gets the first answer and creates nothing; the same token with
 * other members fails ("the retry fails with an IdempotentParameterMismatch error", model
 * documentation of ClientToken). See docs/aws-behaviour.md.
 */
final class ClientTokens {

    private ClientTokens() {
    }

    /**
     * The ARN a first request with this token created, when it still exists; null when the token is
     * new (or absent).
     *
     * @param request the request's members other than the token, in a form that is equal for equal requests
     * @param exists  whether the created item still exists
     */
    static String replay(SandboxInstance instance, String operation, String token, String request,
                         Predicate<String> exists) {
        if (token == null) {
            return null;
        }
        ClientTokenUse use = instance.clientTokens.get(operation + "/" + token);
        if (use == null) {
            return null;
        }
        if (!use.request().equals(request)) {
            // AWS names the error but the model has no such shape; the sandbox answers the modelled
            // ConflictException and names it in the message (a guess, see docs/aws-behaviour.md).
            throw AwsError.conflict("IdempotentParameterMismatch: the ClientToken '" + token
                    + "' was already used with other parameters.");
        }
        return exists.test(use.createdArn()) ? use.createdArn() : null;
    }

    static void remember(SandboxInstance instance, String operation, String token, String request, String arn) {
        if (token != null) {
            instance.clientTokens.put(operation + "/" + token, new ClientTokenUse(request, arn));
        }
    }
}
