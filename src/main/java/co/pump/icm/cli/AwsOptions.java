package co.pump.icm.cli;

import java.net.URI;

import co.pump.icm.aws.AwsTarget;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.model.MigratorException;
import picocli.CommandLine.Option;

/**
 * The AWS targeting options every command that talks to AWS shares, named as the AWS CLI names
 * them. Anything not given comes from the environment ({@code AWS_PROFILE}, {@code AWS_REGION},
 * {@code AWS_ENDPOINT_URL}, {@code AWS_CONFIG_FILE}, ...) and the profile.
 */
public final class AwsOptions {

    @Option(names = "--profile", paramLabel = "NAME", description = "AWS profile from the AWS config files.")
    String profile;

    @Option(names = "--region", paramLabel = "REGION", description = "AWS region of the Identity Center instance.")
    String region;

    @Option(names = "--endpoint-url", paramLabel = "URL", description = "Send requests to this endpoint instead of AWS (e.g. the sandbox).")
    String endpointUrl;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "20",
            description = "Requests per second to start at, for each Identity Store operation and for the IAM "
                    + "Identity Center admin API (default: ${DEFAULT-VALUE}, AWS's limit). icm slows down by itself "
                    + "when AWS asks it to.")
    double rate;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "16",
            description = "Requests in flight at most (default: ${DEFAULT-VALUE}).")
    int concurrency;

    /** The target these options describe. */
    public AwsTarget target() {
        return AwsTarget.of(profile, region, endpoint());
    }

    /** The rate settings these options describe. */
    public RateSettings rateSettings() {
        if (!(rate > 0) || rate > 10_000) {
            throw MigratorException.badInput("--rate must be a number of requests per second between 1 and 10000.");
        }
        if (concurrency < 1 || concurrency > 256) {
            throw MigratorException.badInput("--concurrency must be between 1 and 256.");
        }
        return RateSettings.AWS_DEFAULTS.withRate(rate).withConcurrency(concurrency);
    }

    private URI endpoint() {
        if (endpointUrl == null) {
            return null;
        }
        try {
            URI uri = URI.create(endpointUrl);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw MigratorException.badInput("--endpoint-url '" + endpointUrl + "' is not a URL such as https://host:port.");
        }
    }
}
