package co.pump.icm.plan;

/** Where the target's users and groups come from, which decides whether icm creates them. */
public enum IdentitySource {
    /**
     * The Identity Center directory: icm creates missing users and groups and keeps them up to
     * date.
     */
    CREATE,
    /**
     * An external identity provider that provisions users and groups through SCIM: icm never
     * creates or changes users or groups, matches them by name, and lists those that have not
     * arrived yet as skipped.
     */
    MATCH
}
