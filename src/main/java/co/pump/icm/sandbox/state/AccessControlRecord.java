package co.pump.icm.sandbox.state;

import java.util.List;

/**
 * The ABAC configuration as IAM Identity Center holds it for an instance: its status and each
 * attribute's key and value source, in the order they were given. The sandbox's own shape (not the
 * product's model): the sandbox is an independent picture of AWS.
 *
 * @param status {@code ENABLED}, {@code CREATION_IN_PROGRESS} or {@code CREATION_FAILED}
 */
public record AccessControlRecord(String status, String statusReason, List<Attribute> attributes) {

    public AccessControlRecord {
        attributes = List.copyOf(attributes);
    }

    /** One attribute: its key and where its value comes from (AWS takes one source). */
    public record Attribute(String key, List<String> source) {
        public Attribute {
            source = List.copyOf(source);
        }
    }
}
