package co.pump.icm.sandbox.portal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The portal's paging: {@code max_result} from 1 to 100 and an opaque {@code next_token} that
 * holds the position of the next item.
 */
final class Paging {
    static final int MAX_PAGE_SIZE = 100;
    private static final String TOKEN_PREFIX = "portal-page:";

    /** One page and the token of the next, or a null token on the last page. */
    record Page<T>(List<T> items, String nextToken) {
    }

    private Paging() {
    }

    static <T> Page<T> page(List<T> all, String nextToken, String maxResult, int defaultPageSize) {
        int size = pageSize(maxResult, defaultPageSize);
        int from = nextToken == null || nextToken.isEmpty() ? 0 : position(nextToken);
        if (from > all.size()) {
            throw PortalErrors.invalidRequest("The next token is not valid for this list");
        }
        int to = Math.min(all.size(), from + size);
        String next = to < all.size() ? token(to) : null;
        return new Page<>(List.copyOf(all.subList(from, to)), next);
    }

    private static int pageSize(String maxResult, int defaultPageSize) {
        if (maxResult == null || maxResult.isEmpty()) {
            return defaultPageSize;
        }
        try {
            int size = Integer.parseInt(maxResult);
            if (size >= 1 && size <= MAX_PAGE_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below, like an out-of-range number
        }
        throw PortalErrors.invalidRequest("max_result must be a whole number from 1 to " + MAX_PAGE_SIZE
                + ", not '" + maxResult + "'");
    }

    private static String token(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int position(String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith(TOKEN_PREFIX)) {
                int position = Integer.parseInt(decoded.substring(TOKEN_PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // answered below: not base64 or not a number
        }
        throw PortalErrors.invalidRequest("The next token is not valid for this list");
    }
}
