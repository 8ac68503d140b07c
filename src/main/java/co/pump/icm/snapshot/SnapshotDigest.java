package co.pump.icm.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import co.pump.icm.model.IdentityCenterConfig;

/**
 * The digest of a snapshot's content: {@code sha256:} and the lower-case hex SHA-256 of the
 * configuration serialised compactly (no whitespace, UTF-8) in canonical order, as the top-level
 * object of the file with {@code formatVersion} but without {@code exportedAt}, {@code tool} and
 * {@code digest}. The layout and formatting of the file do not count: re-indenting or reordering
 * it keeps the digest; changing a value does not.
 */
public final class SnapshotDigest {

    /** What a well-formed digest looks like. */
    public static final Pattern FORM = Pattern.compile("sha256:[0-9a-f]{64}");

    private static final String PREFIX = "sha256:";

    private SnapshotDigest() {
    }

    /** The digest of the given configuration in the current format version. */
    public static String of(IdentityCenterConfig config) {
        return of(Snapshot.FORMAT_VERSION, Canonical.of(config));
    }

    /** The digest of a configuration that is already in canonical order. */
    static String of(int formatVersion, IdentityCenterConfig canonical) {
        MessageDigest sha256 = sha256();
        try (var out = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
            SnapshotJson.compactWriter().writeValue(out, SnapshotDocument.forDigest(formatVersion, canonical));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the stream writes nowhere
        }
        return PREFIX + HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
