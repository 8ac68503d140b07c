package co.pump.icm.sandbox.state;

/**
 * How AWS KMS refuses the customer managed key of an instance, for tests: the key policy does not
 * allow IAM Identity Center to use it, the key is disabled, pending deletion or of the wrong kind,
 * it was deleted, or KMS is throttling. Each becomes the error AWS's models give that reason (see
 * {@code sandbox/KmsErrors}).
 */
public enum KmsRefusal {
    ACCESS_DENIED, DISABLED, INVALID_STATE, INVALID_KEY_USAGE, KEY_NOT_FOUND, THROTTLING
}
