package co.pump.icm.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the model-constraint violations of one request and turns them into one
 * ValidationException worded as AWS's request validation words them, e.g.
 * {@code 2 validation errors detected: Value '' at 'memberId.userId' failed to satisfy constraint:
 * Member must satisfy regular expression pattern: ...; Value '' at 'memberId.userId' failed to
 * satisfy constraint: Member must have length greater than or equal to 1} (observed from
 * identitystore in awslabs/ssosync#280 and aws-amplify/amplify-backend#2702). Values of sensitive
 * members are left out ({@code Value at 'userName' ...}), so personal data never appears in an
 * error.
 */
public final class Violations {
    private final List<String> messages = new ArrayList<>();
    private final String errorCode;

    /** Violations answered as {@code ValidationException}. */
    public Violations() {
        this("ValidationException");
    }

    /** Violations answered with another error code (Organizations says InvalidInputException). */
    public Violations(String errorCode) {
        this.errorCode = errorCode;
    }

    /** Records a null required member. */
    public void missing(String path) {
        messages.add("Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
    }

    /**
     * Records a violated constraint.
     *
     * @param value      the offending value as text, or null to leave it out (sensitive members)
     * @param constraint e.g. {@code Member must have length less than or equal to 128}
     */
    public void add(String path, String value, String constraint) {
        String shown = value == null ? "Value" : "Value '" + value + "'";
        messages.add(shown + " at '" + path + "' failed to satisfy constraint: " + constraint);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    /** The messages so far. */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    /** Throws the ValidationException when anything was recorded. */
    public void throwIfAny() {
        if (messages.isEmpty()) {
            return;
        }
        String count = messages.size() == 1 ? "1 validation error detected: " : messages.size() + " validation errors detected: ";
        throw new AwsError(400, errorCode, count + String.join("; ", messages));
    }
}
