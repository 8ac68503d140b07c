package co.pump.icm.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import co.pump.icm.model.AccessControlAttribute;
import co.pump.icm.model.Address;
import co.pump.icm.model.ApplicationGrant;
import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.Email;
import co.pump.icm.model.ExternalId;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.PermissionsBoundary;
import co.pump.icm.model.PhoneNumber;
import co.pump.icm.model.Photo;
import co.pump.icm.model.Tag;

/** Renders the typed values of a {@link FieldChange} as short text for a person. */
public final class FieldValues {

    /** How an absent value is shown. */
    public static final String NONE = "(none)";

    private FieldValues() {
    }

    /**
     * One line of text for a value: strings quoted with control characters escaped, policies by
     * ARN or path and name, list elements with their type and whether they are primary.
     */
    public static String display(Object value) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof ManagedPolicy p) {
            return p.arn();
        }
        if (value instanceof CustomerManagedPolicyReference r) {
            return r.qualifiedName();
        }
        if (value instanceof Tag t) {
            return quote(t.value()); // the key is already in the path (tags.team)
        }
        if (value instanceof ExternalId e) {
            return quote(e.id()) + " from " + e.issuer();
        }
        if (value instanceof PermissionsBoundary b) {
            return b.managedPolicyArn() != null
                    ? "managed policy " + b.managedPolicyArn()
                    : "customer managed policy " + b.customerManagedPolicyReference().qualifiedName();
        }
        if (value instanceof Email e) {
            return quote(e.value()) + qualifiers(e.type(), null, e.primary());
        }
        if (value instanceof PhoneNumber p) {
            return quote(p.value()) + qualifiers(p.type(), null, p.primary());
        }
        if (value instanceof Photo p) {
            return quote(p.value()) + qualifiers(p.type(), p.display(), p.primary());
        }
        if (value instanceof Address a) {
            return quote(addressLine(a)) + qualifiers(a.type(), null, a.primary());
        }
        if (value instanceof AccessControlAttribute a) {
            return display(a.sources()); // the key is already in the path (attributes.Department)
        }
        if (value instanceof ApplicationGrant g) {
            return grant(g); // the type is already in the path (grants.authorization_code)
        }
        if (value instanceof List<?> list) {
            var joiner = new StringJoiner(", ", "[", "]");
            list.forEach(element -> joiner.add(display(element)));
            return joiner.toString();
        }
        return String.valueOf(value);
    }

    /** What a grant holds: its redirect URIs, or its token issuers with their audiences, or that it is there. */
    private static String grant(ApplicationGrant g) {
        if (!g.redirectUris().isEmpty()) {
            return "redirect URIs " + display(g.redirectUris());
        }
        if (!g.authorizedTokenIssuers().isEmpty()) {
            var joiner = new StringJoiner(", ", "token issuers [", "]");
            g.authorizedTokenIssuers().forEach(i -> joiner.add(quote(i.trustedTokenIssuer())
                    + (i.authorizedAudiences().isEmpty() ? "" : " for " + display(i.authorizedAudiences()))));
            return joiner.toString();
        }
        return "granted";
    }

    /** A string in double quotes, with quotes, backslashes and control characters escaped. */
    static String quote(String s) {
        if (s == null) {
            return NONE;
        }
        return escape(new StringBuilder(s.length() + 2).append('"'), s, true).append('"').toString();
    }

    /** A string with control characters escaped, so that it stays on one line. */
    static String oneLine(String s) {
        return escape(new StringBuilder(s.length()), s, false).toString();
    }

    private static StringBuilder escape(StringBuilder out, String s, boolean quoted) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append(quoted ? "\\\"" : "\"");
                case '\\' -> out.append(quoted ? "\\\\" : "\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out;
    }

    private static String addressLine(Address a) {
        if (a.formatted() != null) {
            return a.formatted();
        }
        var parts = new ArrayList<String>();
        for (String part : new String[] {a.streetAddress(), a.locality(), a.region(), a.postalCode(), a.country()}) {
            if (part != null) {
                parts.add(part);
            }
        }
        return String.join(", ", parts);
    }

    private static String qualifiers(String type, String display, Boolean primary) {
        var parts = new ArrayList<String>();
        if (type != null) {
            parts.add(type);
        }
        if (display != null) {
            parts.add(display);
        }
        if (Boolean.TRUE.equals(primary)) {
            parts.add("primary");
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }
}
