package co.pump.icm.aws;

import java.util.function.Consumer;
import java.util.function.Function;

/** Walks a paginated AWS list operation page by page, each page through the run's runner. */
final class Pages {

    private Pages() {
    }

    /**
     * Fetches every page and hands each to {@code onPage} as it arrives.
     *
     * @param fetch     sends one request given the NextToken (null for the first page)
     * @param nextToken reads the NextToken of a page (null or empty on the last page)
     */
    static <R> void each(AwsCallRunner runner, ApiFamily family, String operation, String resource,
                         Function<String, R> fetch, Function<R, String> nextToken, Consumer<R> onPage) {
        String token = null;
        do {
            String current = token;
            R page = runner.call(family, operation, resource, () -> fetch.apply(current));
            onPage.accept(page);
            token = nextToken.apply(page);
        } while (token != null && !token.isEmpty());
    }
}
