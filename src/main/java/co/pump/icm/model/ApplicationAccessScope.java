package co.pump.icm.model;

import java.util.List;

/**
 * An access scope of a customer managed OAuth application (e.g. {@code redshift:connect}) with
 * what it is authorized for: other applications, by name, and perhaps the instance itself.
 *
 * @param applicationName        the application that has the scope
 * @param authorizedApplications the applications the scope authorizes, by name
 * @param authorizesInstance     true when the instance itself is an authorized target; null otherwise
 */
public record ApplicationAccessScope(String applicationName, String scope, List<String> authorizedApplications,
                                     Boolean authorizesInstance) {

    public ApplicationAccessScope {
        authorizedApplications = Lists.copy(authorizedApplications);
        // Absent and false mean the same: only true is written.
        authorizesInstance = Boolean.TRUE.equals(authorizesInstance) ? Boolean.TRUE : null;
    }

    /** The natural key: the application and the scope's name. */
    public ScopeKey key() {
        return new ScopeKey(applicationName, scope);
    }

    /** An access scope's natural key. */
    public record ScopeKey(String applicationName, String scope) implements Comparable<ScopeKey> {
        @Override
        public int compareTo(ScopeKey o) {
            int c = applicationName.compareTo(o.applicationName);
            return c != 0 ? c : scope.compareTo(o.scope);
        }

        @Override
        public String toString() {
            return applicationName + " / " + scope;
        }
    }
}
