package co.pump.icm.plan;

import java.util.Set;

/** Which user fields AWS's UpdateUser can change (by top-level field name). */
public final class UserUpdates {

    /**
     * Everything CreateUser accepts except the user name, which IAM Identity Center keeps fixed
     * once a user exists. External IDs come from an identity provider through SCIM and the user
     * status has no documented API to set it, so neither is here.
     */
    public static final Set<String> SETTABLE_FIELDS = Set.of("displayName", "name", "nickName",
            "profileUrl", "emails", "addresses", "phoneNumbers", "userType", "title", "preferredLanguage", "locale",
            "timezone", "photos", "website", "birthdate");

    private UserUpdates() {
    }
}
