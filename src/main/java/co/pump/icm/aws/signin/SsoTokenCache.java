package co.pump.icm.aws.signin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the AWS CLI's IAM Identity Center token cache ({@code ~/.aws/sso/cache}, one JSON file per
 * session named by the SHA-1 of the {@code sso_session} name, or of the start URL for a legacy
 * profile), to tell whether a profile's sign-in is still valid before using it. Only reads;
 * icm's own sign-in never writes there.
 */
public final class SsoTokenCache {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    public SsoTokenCache(Path directory) {
        this.directory = directory;
    }

    /** The AWS CLI's cache in the home folder of the given environment ({@code HOME}, {@code USERPROFILE}). */
    public static SsoTokenCache inHome(Function<String, String> environment) {
        return new SsoTokenCache(new AwsFileLocations(environment).ssoCache());
    }

    public Path directory() {
        return directory;
    }

    /** The cache file of a profile's session. */
    public Path fileOf(IdentityCenterProfile profile) {
        return directory.resolve(sha1(profile.cacheKey()) + ".json");
    }

    /** The cached sign-in of a profile's session, as of {@code now}. */
    public CachedSsoToken read(IdentityCenterProfile profile, Instant now) {
        if (profile.cacheKey() == null) {
            return CachedSsoToken.of(CachedSsoToken.Status.MISSING, null, null);
        }
        Path file = fileOf(profile);
        if (!Files.isRegularFile(file)) {
            return CachedSsoToken.of(CachedSsoToken.Status.MISSING, null, null);
        }
        JsonNode json;
        try {
            json = JSON.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            return CachedSsoToken.of(CachedSsoToken.Status.UNREADABLE, null, null);
        }
        String token = json.path("accessToken").asText(null);
        Instant expiresAt = instant(json.path("expiresAt").asText(null));
        if (token == null || token.isEmpty() || expiresAt == null) {
            return CachedSsoToken.of(CachedSsoToken.Status.UNREADABLE, null, null);
        }
        // A token about to expire is as good as expired: the work ahead takes longer than a minute.
        if (!now.plusSeconds(60).isBefore(expiresAt)) {
            return CachedSsoToken.of(CachedSsoToken.Status.EXPIRED, expiresAt, null);
        }
        return CachedSsoToken.of(CachedSsoToken.Status.VALID, expiresAt, token);
    }

    /** ISO-8601, as the CLI writes it ({@code 2024-05-01T10:00:00Z}; older versions wrote {@code ...UTC}). */
    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text.endsWith("UTC") ? text.substring(0, text.length() - 3) + "Z" : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}
