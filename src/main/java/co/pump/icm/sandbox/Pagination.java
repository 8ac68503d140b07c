package co.pump.icm.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;

/**
 * Paging of list operations with opaque NextTokens, shared by the sandbox services. A token
 * names the list it belongs to (its scope, e.g. {@code ListUsers|d-1234567890}) and where the next
 * page starts, so a token from another list, store or filter is refused rather than misread.
 * Tokens use only {@code [-A-Za-z0-9_]}, which every AWS NextToken pattern allows.
 */
public final class Pagination {
    private Pagination() {
    }

    /** One page of a list, and the token for the next page or null on the last page. */
    public record Page<T>(List<T> items, String nextToken) {
    }

    /** A NextToken that was not issued for this list. */
    public static final class InvalidTokenException extends RuntimeException {
        InvalidTokenException() {
            super("invalid NextToken", null, false, false);
        }
    }

    /**
     * The page of {@code all} that {@code token} points at (the first page when the token is null),
     * read by iterating, so a large collection is not copied for each page.
     *
     * @param scope names the list and every parameter that shapes it
     * @throws InvalidTokenException when the token was not issued for this scope
     */
    public static <T> Page<T> page(Iterable<T> all, String scope, String token, int size) {
        int start = token == null ? 0 : offset(scope, token);
        var items = new ArrayList<T>(Math.min(size, 1000));
        Iterator<T> it = all.iterator();
        for (int skipped = 0; skipped < start && it.hasNext(); skipped++) {
            it.next();
        }
        while (items.size() < size && it.hasNext()) {
            items.add(it.next());
        }
        String next = it.hasNext() ? encode(scope, start + items.size()) : null;
        return new Page<>(List.copyOf(items), next);
    }

    static String encode(String scope, int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((scope + "\n" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String scope, String token) {
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException();
        }
        int newline = decoded.lastIndexOf('\n');
        if (newline < 0 || !decoded.substring(0, newline).equals(scope)) {
            throw new InvalidTokenException();
        }
        try {
            int offset = Integer.parseInt(decoded.substring(newline + 1));
            if (offset < 0) {
                throw new InvalidTokenException();
            }
            return offset;
        } catch (NumberFormatException e) {
            throw new InvalidTokenException();
        }
    }
}
