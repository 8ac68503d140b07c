package co.pump.icm.kind;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import co.pump.icm.model.ExternalId;
import co.pump.icm.model.Group;
import co.pump.icm.model.User;

/** The rules for one user or group on its own, from the Identity Store API's constraints. */
final class IdentityRules {

    private static final int USER_NAME_MAX = 128;
    private static final int GROUP_NAME_MAX = 1024;
    private static final int EXTERNAL_IDS_MAX = 10;
    private static final Pattern BIRTHDATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private IdentityRules() {
    }

    static void user(User user, Checks entity) {
        if (entity.required("userName", user.userName())) {
            userName(user.userName(), entity);
        }
        // AWS takes exactly one email, address and phone number, and up to three photos.
        entity.maxItems("emails", user.emails().size(), 1, "Identity Center allows one email per user");
        entity.maxItems("addresses", user.addresses().size(), 1, "Identity Center allows one address per user");
        entity.maxItems("phoneNumbers", user.phoneNumbers().size(), 1,
                "Identity Center allows one phone number per user");
        String status = user.userStatus();
        if (status != null && !status.equals("ENABLED") && !status.equals("DISABLED")) {
            entity.add("userStatus must be ENABLED or DISABLED, not " + Checks.quote(status));
        }
        entity.maxItems("photos", user.photos().size(), 3, "Identity Center allows at most 3");
        entity.maxItems("roles", user.roles().size(), 1, "Identity Center allows one role per user");
        if (user.birthdate() != null && !isDate(user.birthdate())) {
            entity.add("birthdate must be a date written YYYY-MM-DD, not " + Checks.quote(user.birthdate()));
        }
        externalIds(user.externalIds(), entity);
    }

    static void group(Group group, Checks entity) {
        if (entity.required("displayName", group.displayName())) {
            entity.maxLength("displayName", group.displayName(), GROUP_NAME_MAX);
        }
        externalIds(group.externalIds(), entity);
    }

    private static void userName(String name, Checks entity) {
        boolean whitespace = false;
        boolean control = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                whitespace = true;
            } else if (Character.isISOControl(c)) {
                control = true;
            }
        }
        if (whitespace) {
            entity.add("userName must not contain whitespace");
        }
        if (control) {
            entity.add("userName must not contain control characters");
        }
        entity.maxLength("userName", name, USER_NAME_MAX);
    }

    private static void externalIds(List<ExternalId> externalIds, Checks entity) {
        entity.maxItems("externalIds", externalIds.size(), EXTERNAL_IDS_MAX, "the limit is " + EXTERNAL_IDS_MAX);
        for (int i = 0; i < externalIds.size(); i++) {
            ExternalId id = externalIds.get(i);
            entity.required("externalIds[" + i + "].issuer", id.issuer());
            entity.required("externalIds[" + i + "].id", id.id());
        }
    }

    private static boolean isDate(String text) {
        if (!BIRTHDATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
