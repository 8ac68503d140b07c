package co.pump.icm.cli;

import java.io.PrintWriter;

import co.pump.icm.apply.ImportSession;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.plan.Plan;
import co.pump.icm.snapshot.Snapshot;

/** Reads the target and plans an import, showing progress on stderr; shared by plan, apply and verify. */
final class TargetPlanning implements AutoCloseable {

    private final AwsClients clients;
    private final ImportSession session;
    private final Snapshot snapshot;
    private final Plan plan;

    TargetPlanning(AwsOptions aws, ImportOptions options, PrintWriter err) {
        this.snapshot = options.readSnapshot();
        var planOptions = options.planOptions();
        var settings = aws.rateSettings();
        this.clients = AwsClients.open(SignedInTarget.of(aws), settings.concurrency() + 16);
        try {
            this.session = new ImportSession(clients, new AwsCallRunner(settings));
            err.println("Reading the target to compare it with " + options.snapshot + "…");
            this.plan = session.plan(snapshot.config(), planOptions, new ExportProgressPrinter(err, System.console() != null));
        } catch (RuntimeException e) {
            clients.close();
            throw e;
        }
    }

    Plan plan() {
        return plan;
    }

    ImportSession session() {
        return session;
    }

    /** Where the target's requests go: its endpoint override (the sandbox), or null for AWS. */
    java.net.URI endpoint() {
        return clients.endpoint();
    }

    Snapshot snapshot() {
        return snapshot;
    }

    @Override
    public void close() {
        clients.close();
    }
}
