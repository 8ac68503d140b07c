package co.pump.icm.plan;

import java.util.Set;

/** Which user fields AWS's UpdateUser can change (by top-level field name). */
public final class UserUpdates {

    /**
     * Everything CreateUser accepts. External IDs come from an identity provider through SCIM and
     * the user status has no API to set it, so neither is here.
     */
    public static final Set<String> SETTABLE_FIELDS = Set.of("userName", "displayName", "name", "nickName",
            "profileUrl", "emails", "addresses", "phoneNumbers", "userType", "title", "preferredLanguage", "locale",
            "timezone", "photos", "website", "birthdate");

    private UserUpdates() {
    }
}
