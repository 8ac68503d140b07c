package co.pump.icm.model;

/** An AWS managed policy attached to a permission set. */
public record ManagedPolicy(String arn, String name) {
}
