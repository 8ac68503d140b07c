package co.pump.icm.sandbox.portal;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * Finds the Identity Center instance an AWS access portal URL belongs to. AWS gives each instance
 * {@code https://<identityStoreId>.awsapps.com/start}, which the customer may rename to an alias
 * ({@code https://acme.awsapps.com/start}); newer instances also have
 * {@code https://<instanceId>.portal.<region>.app.aws}. A trailing slash or {@code #/} is allowed,
 * as browsers and the CLI add them. Callers hold the world's monitor.
 */
final class StartUrls {
    private static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final String AWSAPPS = ".awsapps.com";
    private static final Pattern REGIONAL = Pattern.compile("(ssoins-[0-9a-f]+)\\.portal\\.([a-z0-9-]+)\\.app\\.aws");

    /** Identity store ID by alias (the host name's first label). */
    private final Map<String, String> aliases = new TreeMap<>();

    /**
     * Lets {@code https://<alias>.awsapps.com/start} sign in to the instance of the given store.
     *
     * @throws IllegalArgumentException when the alias is not a valid host name label
     */
    void register(String alias, String identityStoreId) {
        String label = alias == null ? "" : alias.toLowerCase(Locale.ROOT);
        if (!ALIAS.matcher(label).matches()) {
            throw new IllegalArgumentException("A start URL alias is one host name label of letters, digits"
                    + " and dashes, such as 'acme'; '" + alias + "' is not");
        }
        aliases.put(label, identityStoreId);
    }

    /** The instance behind a start URL, or empty when the URL names none in this sandbox. */
    Optional<SandboxInstance> resolve(SandboxWorld world, String startUrl) {
        URI uri;
        try {
            uri = new URI(startUrl.trim());
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : stripTrailingSlashes(uri.getPath());
        var regional = REGIONAL.matcher(host);
        if (regional.matches() && path.isEmpty()) {
            return world.instances.values().stream()
                    .filter(i -> i.instanceId().equals(regional.group(1)) && i.region.equals(regional.group(2)))
                    .findFirst();
        }
        if (!host.endsWith(AWSAPPS) || !path.equals("/start")) {
            return Optional.empty();
        }
        String label = host.substring(0, host.length() - AWSAPPS.length());
        String storeId = aliases.getOrDefault(label, label);
        return world.instances.values().stream()
                .filter(i -> i.identityStoreId.equalsIgnoreCase(storeId))
                .findFirst();
    }

    private static String stripTrailingSlashes(String path) {
        String stripped = path;
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }
}
