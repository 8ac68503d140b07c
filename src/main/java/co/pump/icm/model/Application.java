package co.pump.icm.model;

/** An application of the instance, kept for the inventory only: applications are not migrated. */
public record Application(String arn, String name, String description, String status, String applicationAccount,
                          String providerArn, String visibility, String signInOrigin, String signInUrl,
                          String createdAt) {
}
