package co.pump.icm.cli;

import java.io.PrintWriter;

import co.pump.icm.model.MigratorException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code icm} command line. Each command is a thin face on the engine; this class only wires
 * them together and turns errors into one-line messages and exit codes (see {@link ExitCodes}).
 */
@Command(name = "icm",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Identity Center Migrator: export, compare and import AWS IAM Identity Center configurations.",
        subcommands = {
                CommandLine.HelpCommand.class,
                SandboxCommand.class,
                InspectCommand.class,
                CsvCommand.class,
                DiffCommand.class,
                ExportCommand.class,
                WhoAmICommand.class,
                LoginCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs {@code icm} with the given arguments and streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** The configured command line, with error handling that never prints a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::handleExecutionException);
        cli.setParameterExceptionHandler(Main::handleParameterException);
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("icm: " + e.getMessage());
        cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        return ExitCodes.BAD_INPUT;
    }

    private static int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof MigratorException problem) {
            cmd.getErr().println("icm: " + problem.getMessage());
            return problem.kind().exitCode();
        }
        // A bug, not the user's fault: one line, no stack trace on screen.
        cmd.getErr().println("icm: unexpected error: " + e);
        return 70;
    }
}
