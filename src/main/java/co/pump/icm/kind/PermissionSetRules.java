package co.pump.icm.kind;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PermissionsBoundary;
import co.pump.icm.model.Tag;

/** The rules for one permission set on its own, from the SSO Admin API's constraints and quotas. */
final class PermissionSetRules {

    static final Pattern NAME = Pattern.compile("[\\w+=,.@-]{1,32}");
    private static final int DESCRIPTION_MAX = 700;
    private static final int RELAY_STATE_MAX = 240;
    private static final Duration SESSION_MIN = Duration.ofHours(1);
    private static final Duration SESSION_MAX = Duration.ofHours(12);
    private static final int INLINE_POLICY_MAX_BYTES = 32_768;
    private static final int POLICIES_MAX = 20;
    private static final int TAGS_MAX = 75;
    private static final int TAG_KEY_MAX = 128;
    private static final int TAG_VALUE_MAX = 256;
    private static final Pattern TAG_TEXT = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    // AWS managed policies only, in any partition (aws, aws-cn, aws-us-gov, aws-iso, ...).
    private static final Pattern MANAGED_POLICY_ARN =
            Pattern.compile("arn:aws(-[a-z]{1,5}){0,3}:iam::aws:policy/[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]+");
    private static final Pattern ACCOUNT_POLICY_ARN = Pattern.compile("arn:[^:]*:iam::\\d{12}:policy/.*");
    private static final Pattern POLICY_NAME = Pattern.compile("[\\w+=,.@-]{1,128}");
    private static final Pattern POLICY_PATH = Pattern.compile("(/[A-Za-z0-9.,+@=_-]+)*/");
    private static final int POLICY_PATH_MAX = 512;
    // Only "is it a JSON object?": strict duplicate detection would refuse policies AWS itself returned.
    private static final ObjectMapper POLICY_READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private PermissionSetRules() {
    }

    static void permissionSet(PermissionSet set, Checks entity) {
        if (entity.required("name", set.name()) && !NAME.matcher(set.name()).matches()) {
            entity.add("name must be 1 to 32 letters, digits or + = , . @ _ -, not " + Checks.quote(set.name()));
        }
        entity.maxLength("description", set.description(), DESCRIPTION_MAX);
        sessionDuration(set.sessionDuration(), entity);
        entity.maxLength("relayState", set.relayState(), RELAY_STATE_MAX);
        tags(set.tags(), entity);
        inlinePolicy(set.inlinePolicy(), entity);
        managedPolicies(set.managedPolicies(), entity);
        customerManagedPolicies(set.customerManagedPolicies(), entity);
        int policies = set.managedPolicies().size() + set.customerManagedPolicies().size();
        if (policies > POLICIES_MAX) {
            entity.add("has " + policies + " managed and customer managed policies; the limit is " + POLICIES_MAX);
        }
        permissionsBoundary(set.permissionsBoundary(), entity);
    }

    private static void sessionDuration(String text, Checks entity) {
        if (text == null) {
            return;
        }
        Duration duration;
        try {
            duration = Duration.parse(text);
        } catch (DateTimeParseException e) {
            entity.add("sessionDuration must be an ISO-8601 duration such as PT8H, not " + Checks.quote(text));
            return;
        }
        if (duration.compareTo(SESSION_MIN) < 0 || duration.compareTo(SESSION_MAX) > 0) {
            entity.add("sessionDuration must be between PT1H and PT12H, not " + text);
        }
    }

    private static void tags(List<Tag> tags, Checks entity) {
        entity.maxItems("tags", tags.size(), TAGS_MAX, "the limit is " + TAGS_MAX);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            Tag tag = tags.get(i);
            String field = "tags[" + i + "]";
            if (tag.key() == null || tag.key().isEmpty() || tag.key().length() > TAG_KEY_MAX) {
                entity.add(field + ".key must be 1 to " + TAG_KEY_MAX + " characters long");
            } else if (!TAG_TEXT.matcher(tag.key()).matches()) {
                entity.add(field + ".key may only hold letters, digits, spaces and _ . : / = + - @, not "
                        + Checks.quote(tag.key()));
            } else if (!seen.add(tag.key())) {
                entity.add(field + ".key " + Checks.quote(tag.key()) + " appears twice; tag keys must be unique");
            }
            if (tag.value() == null) {
                entity.add(field + ".value is missing (it may be empty, \"\")");
            } else if (tag.value().length() > TAG_VALUE_MAX) {
                entity.add(field + ".value is longer than " + TAG_VALUE_MAX + " characters");
            } else if (!TAG_TEXT.matcher(tag.value()).matches()) {
                entity.add(field + ".value may only hold letters, digits, spaces and _ . : / = + - @, not "
                        + Checks.quote(tag.value()));
            }
        }
    }

    private static void inlinePolicy(String policy, Checks entity) {
        if (policy == null) {
            return;
        }
        // Cheap check first: fewer than max/3 chars cannot exceed the limit in UTF-8.
        if (policy.length() > INLINE_POLICY_MAX_BYTES / 3) {
            int bytes = policy.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > INLINE_POLICY_MAX_BYTES) {
                entity.add("inlinePolicy is " + bytes + " bytes; the limit is " + INLINE_POLICY_MAX_BYTES);
                return;
            }
        }
        if (policy.isBlank()) {
            entity.add("inlinePolicy must be a JSON object (a policy document), not empty text;"
                    + " leave inlinePolicy out when there is none");
            return;
        }
        try {
            JsonNode document = POLICY_READER.readTree(policy);
            if (!document.isObject()) {
                entity.add("inlinePolicy must be a JSON object (a policy document), not "
                        + document.getNodeType().toString().toLowerCase(Locale.ROOT));
            }
        } catch (JacksonException e) {
            entity.add("inlinePolicy must be a JSON object (a policy document), but it is not valid JSON: "
                    + Checks.firstLine(e.getOriginalMessage()));
        }
    }

    private static void managedPolicies(List<ManagedPolicy> policies, Checks entity) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < policies.size(); i++) {
            String field = "managedPolicies[" + i + "].arn";
            String arn = policies.get(i).arn();
            if (managedPolicyArn(field, arn, entity) && !seen.add(arn)) {
                entity.add(field + " " + Checks.quote(arn) + " appears twice");
            }
        }
    }

    private static boolean managedPolicyArn(String field, String arn, Checks entity) {
        if (!entity.required(field, arn)) {
            return false;
        }
        if (arn.length() > 2048 || !MANAGED_POLICY_ARN.matcher(arn).matches()) {
            String hint = ACCOUNT_POLICY_ARN.matcher(arn).matches()
                    ? " (a policy of your own account is a customer managed policy reference: name and path)" : "";
            entity.add(field + " must be an AWS managed policy ARN such as arn:aws:iam::aws:policy/ReadOnlyAccess, not "
                    + Checks.quote(arn) + hint);
            return false;
        }
        return true;
    }

    private static void customerManagedPolicies(List<CustomerManagedPolicyReference> references, Checks entity) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < references.size(); i++) {
            String field = "customerManagedPolicies[" + i + "]";
            CustomerManagedPolicyReference reference = references.get(i);
            if (reference(field, reference, entity) && !seen.add(reference.qualifiedName())) {
                entity.add(field + " " + Checks.quote(reference.qualifiedName()) + " appears twice");
            }
        }
    }

    private static boolean reference(String field, CustomerManagedPolicyReference reference, Checks entity) {
        boolean valid = true;
        if (!entity.required(field + ".name", reference.name())) {
            valid = false;
        } else if (!POLICY_NAME.matcher(reference.name()).matches()) {
            entity.add(field + ".name must be 1 to 128 letters, digits or + = , . @ _ -, not "
                    + Checks.quote(reference.name()));
            valid = false;
        }
        String path = reference.path();
        if (path.length() > POLICY_PATH_MAX || !POLICY_PATH.matcher(path).matches()) {
            entity.add(field + ".path must be an IAM path that starts and ends with /, such as /team/, not "
                    + Checks.quote(path));
            valid = false;
        }
        return valid;
    }

    private static void permissionsBoundary(PermissionsBoundary boundary, Checks entity) {
        if (boundary == null) {
            return;
        }
        boolean managed = boundary.managedPolicyArn() != null;
        boolean customer = boundary.customerManagedPolicyReference() != null;
        if (managed && customer) {
            entity.add("permissionsBoundary must have either managedPolicyArn or customerManagedPolicyReference, not both");
        } else if (!managed && !customer) {
            entity.add("permissionsBoundary must have either managedPolicyArn or customerManagedPolicyReference; it has neither");
        } else if (managed) {
            managedPolicyArn("permissionsBoundary.managedPolicyArn", boundary.managedPolicyArn(), entity);
        } else {
            reference("permissionsBoundary.customerManagedPolicyReference", boundary.customerManagedPolicyReference(), entity);
        }
    }
}
