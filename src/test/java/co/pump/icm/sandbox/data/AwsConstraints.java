package co.pump.icm.sandbox.data;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Address;
import co.pump.icm.model.Application;
import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.Email;
import co.pump.icm.model.Group;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PhoneNumber;
import co.pump.icm.model.Photo;
import co.pump.icm.model.Tag;
import co.pump.icm.model.User;

/**
 * The AWS input constraints of the service models (docs/aws-behaviour.md), checked against a configuration.
 * Returns every violation as a sentence, so that a failing test says what is wrong.
 */
final class AwsConstraints {

    static final Pattern USER_NAME = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]{1,128}");
    static final Pattern SENSITIVE_STRING = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \\u00a0\\u3000]{1,1024}");
    static final Pattern GROUP_DISPLAY_NAME = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \\u00a0]{1,1024}");
    static final Pattern PERMISSION_SET_NAME = Pattern.compile("^[\\w+=,.@-]{1,32}$");
    static final Pattern DESCRIPTION = Pattern.compile("^[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]{1,700}$");
    static final Pattern RELAY_STATE = Pattern.compile("^[a-zA-Z0-9&$@#\\\\/%?=~\\-_'\"|!:,.;*+\\[\\] (){}]{1,240}$");
    static final Pattern INLINE_POLICY = Pattern.compile("^[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+$");
    static final Pattern MANAGED_POLICY_ARN = Pattern.compile("^arn:aws:iam::aws:policy/[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]+$");
    static final Pattern CMP_NAME = Pattern.compile("^[\\w+=,.@-]{1,128}$");
    static final Pattern CMP_PATH = Pattern.compile("^((/[A-Za-z0-9\\.,\\+@=_-]+)*)/$");
    static final Pattern TAG = Pattern.compile("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$");
    static final Pattern ACCOUNT_ID = Pattern.compile("^\\d{12}$");
    /** ApplicationNameType: 1–100 of anything (the 255 and word characters are a trusted token issuer's name). */
    static final Pattern APPLICATION_NAME = Pattern.compile("^[\\S\\s]{1,100}$");
    /** An application's Description shape: 1–128, no pattern. */
    static final Pattern APPLICATION_DESCRIPTION = Pattern.compile("^[\\S\\s]{1,128}$");
    static final Pattern PROVIDER_ARN = Pattern.compile("^arn:aws:sso::aws:applicationProvider/[a-zA-Z0-9-/]+$");
    static final Set<String> RESERVED_NAMES = Set.of("Administrator", "AWSAdministrators");

    /** AWS managed policies known to exist in every AWS account (IAM console, 2025). */
    static final Set<String> REAL_MANAGED_POLICIES = Set.of("AdministratorAccess", "PowerUserAccess", "ReadOnlyAccess",
            "job-function/ViewOnlyAccess", "job-function/Billing", "SecurityAudit", "AWSSupportAccess",
            "job-function/DatabaseAdministrator", "job-function/NetworkAdministrator",
            "job-function/SystemAdministrator", "job-function/DataScientist", "AmazonS3ReadOnlyAccess",
            "AmazonEC2ReadOnlyAccess", "CloudWatchReadOnlyAccess", "AmazonAthenaFullAccess",
            "AWSCloudFormationReadOnlyAccess");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> violations = new ArrayList<>();

    private AwsConstraints() {
    }

    static List<String> violations(IdentityCenterConfig config) {
        var check = new AwsConstraints();
        config.accounts().forEach(check::account);
        config.users().forEach(check::user);
        config.groups().forEach(check::group);
        config.permissionSets().forEach(check::permissionSet);
        config.assignments().forEach(check::assignment);
        config.applications().forEach(check::application);
        return check.violations;
    }

    private void account(Account a) {
        expect(ACCOUNT_ID.matcher(a.id()).matches(), "account ID " + a.id());
        expect(a.name() != null && a.name().length() <= 50, "account name " + a.name());
        expect(a.email() != null && a.email().contains("@") && a.email().length() <= 64, "account email " + a.email());
    }

    private void user(User u) {
        String who = "user " + u.userName() + ": ";
        expect(USER_NAME.matcher(u.userName()).matches(), who + "user name pattern");
        expect(!RESERVED_NAMES.contains(u.userName()), who + "reserved user name");
        // IAM Identity Center requires a display name and the given and family names.
        expect(u.displayName() != null && u.name() != null && u.name().givenName() != null
                && u.name().familyName() != null, who + "display name and name are required");
        List<String> strings = new ArrayList<>();
        strings.add(u.displayName());
        strings.add(u.nickName());
        strings.add(u.profileUrl());
        strings.add(u.userType());
        strings.add(u.title());
        strings.add(u.preferredLanguage());
        strings.add(u.locale());
        strings.add(u.timezone());
        strings.add(u.website());
        if (u.name() != null) {
            strings.addAll(Arrays.asList(u.name().formatted(), u.name().familyName(), u.name().givenName(),
                    u.name().middleName(), u.name().honorificPrefix(), u.name().honorificSuffix()));
        }
        for (Email e : u.emails()) {
            strings.add(e.value());
            strings.add(e.type());
        }
        for (Address a : u.addresses()) {
            strings.addAll(Arrays.asList(a.streetAddress(), a.locality(), a.region(), a.postalCode(),
                    a.country(), a.formatted(), a.type()));
        }
        for (PhoneNumber p : u.phoneNumbers()) {
            strings.add(p.value());
            strings.add(p.type());
        }
        for (Photo p : u.photos()) {
            strings.add(p.value());
            strings.add(p.type());
            strings.add(p.display());
        }
        for (String s : strings) {
            expect(s == null || SENSITIVE_STRING.matcher(s).matches(), who + "attribute \"" + s + "\"");
        }
        expect(u.emails().size() <= 1 && u.addresses().size() <= 1 && u.phoneNumbers().size() <= 1,
                who + "at most one email, address and phone number");
        expect(u.photos().size() <= 3, who + "at most 3 photos");
        expect(u.userStatus() == null || Set.of("ENABLED", "DISABLED").contains(u.userStatus()), who + "status");
        if (u.birthdate() != null) {
            try {
                expect(u.birthdate().matches("\\d{4}-\\d{2}-\\d{2}"), who + "birthdate format");
                LocalDate.parse(u.birthdate());
            } catch (DateTimeParseException e) {
                violations.add(who + "birthdate " + u.birthdate());
            }
        }
    }

    private void group(Group g) {
        expect(GROUP_DISPLAY_NAME.matcher(g.displayName()).matches(), "group name " + g.displayName());
        expect(!RESERVED_NAMES.contains(g.displayName()), "reserved group name " + g.displayName());
        expect(g.description() == null || SENSITIVE_STRING.matcher(g.description()).matches(),
                "group description " + g.description());
    }

    private void permissionSet(PermissionSet ps) {
        String what = "permission set " + ps.name() + ": ";
        expect(PERMISSION_SET_NAME.matcher(ps.name()).matches(), what + "name pattern");
        expect(ps.description() == null || DESCRIPTION.matcher(ps.description()).matches(), what + "description");
        expect(ps.relayState() == null || RELAY_STATE.matcher(ps.relayState()).matches(), what + "relay state");
        if (ps.sessionDuration() != null) {
            Duration d = Duration.parse(ps.sessionDuration());
            expect(d.compareTo(Duration.ofHours(1)) >= 0 && d.compareTo(Duration.ofHours(12)) <= 0,
                    what + "session duration " + ps.sessionDuration());
        }
        if (ps.inlinePolicy() != null) {
            expect(ps.inlinePolicy().getBytes(StandardCharsets.UTF_8).length <= 32_768, what + "inline policy size");
            expect(INLINE_POLICY.matcher(ps.inlinePolicy()).matches(), what + "inline policy characters");
            try {
                expect(JSON.readTree(ps.inlinePolicy()).has("Statement"), what + "inline policy has no Statement");
            } catch (Exception e) {
                violations.add(what + "inline policy is not JSON");
            }
        }
        for (ManagedPolicy m : ps.managedPolicies()) {
            managedArn(what, m.arn());
            expect(m.arn().endsWith("/" + m.name()), what + "managed policy name " + m.name());
        }
        expect(ps.managedPolicies().size() + ps.customerManagedPolicies().size() <= 10,
                what + "more than 10 managed policies (IAM's default per role)");
        expect(new HashSet<>(ps.managedPolicies()).size() == ps.managedPolicies().size(), what + "repeated managed");
        ps.customerManagedPolicies().forEach(ref -> reference(what, ref));
        if (ps.permissionsBoundary() != null) {
            var b = ps.permissionsBoundary();
            expect((b.managedPolicyArn() == null) != (b.customerManagedPolicyReference() == null),
                    what + "boundary needs exactly one kind");
            if (b.managedPolicyArn() != null) {
                managedArn(what, b.managedPolicyArn());
            } else if (b.customerManagedPolicyReference() != null) {
                reference(what, b.customerManagedPolicyReference());
            }
        }
        expect(ps.tags().size() <= 75, what + "too many tags");
        Set<String> keys = new HashSet<>();
        for (Tag t : ps.tags()) {
            expect(t.key().length() >= 1 && t.key().length() <= 128 && TAG.matcher(t.key()).matches(),
                    what + "tag key " + t.key());
            expect(t.value() != null && t.value().length() <= 256 && TAG.matcher(t.value()).matches(),
                    what + "tag value " + t.value());
            expect(keys.add(t.key()), what + "repeated tag key " + t.key());
        }
    }

    private void managedArn(String what, String arn) {
        expect(arn.length() >= 20 && arn.length() <= 2048 && MANAGED_POLICY_ARN.matcher(arn).matches(),
                what + "managed policy ARN " + arn);
        expect(REAL_MANAGED_POLICIES.contains(arn.substring("arn:aws:iam::aws:policy/".length())),
                what + "not a known AWS managed policy: " + arn);
    }

    private void reference(String what, CustomerManagedPolicyReference ref) {
        expect(CMP_NAME.matcher(ref.name()).matches(), what + "customer managed policy name " + ref.name());
        expect(ref.path().length() <= 512 && CMP_PATH.matcher(ref.path()).matches(),
                what + "customer managed policy path " + ref.path());
    }

    private void assignment(AccountAssignment a) {
        expect(ACCOUNT_ID.matcher(a.accountId()).matches(), "assignment account " + a.accountId());
    }

    private void application(Application app) {
        expect(APPLICATION_NAME.matcher(app.name()).matches(), "application name " + app.name());
        expect(PROVIDER_ARN.matcher(app.providerArn()).matches(), "application provider " + app.providerArn());
        expect(app.description() == null || APPLICATION_DESCRIPTION.matcher(app.description()).matches(),
                "application description " + app.description());
    }

    private void expect(boolean ok, String violation) {
        if (!ok) {
            violations.add(violation);
        }
    }
}
