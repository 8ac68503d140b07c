package co.pump.icm.aws;

import java.time.Duration;
import java.util.List;

import co.pump.icm.model.IdentityCenterConfig;

/**
 * What an export read, with what it cost.
 *
 * @param config   everything read from the instance
 * @param warnings things the user should know (e.g. account names that could not be read)
 * @param stats    the AWS requests sent, per operation
 * @param elapsed  wall time of the export
 */
public record ExportResult(IdentityCenterConfig config, List<String> warnings, CallStats stats, Duration elapsed) {

    public ExportResult {
        warnings = List.copyOf(warnings);
    }
}
