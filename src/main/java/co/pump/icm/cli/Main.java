package co.pump.icm.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

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
                PlanCommand.class,
                ApplyCommand.class,
                VerifyCommand.class,
                WhoAmICommand.class,
                LoginCommand.class,
                ReportCommand.class,
                TestAccessCommand.class,
                RollbackCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where commands read answers (confirmations) from. */
    private BufferedReader in;

    public static void main(String[] args) {
        System.exit(run(args, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs {@code icm} with the given arguments and streams and no input; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, new BufferedReader(new StringReader("")), out, err);
    }

    /** Runs {@code icm} with the given arguments and streams; returns the exit code. */
    public static int run(String[] args, BufferedReader in, PrintWriter out, PrintWriter err) {
        var main = new Main();
        main.in = in;
        CommandLine cli = commandLine(main);
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** The input of the running command line, for a command's {@code spec.root().userObject()}. */
    BufferedReader in() {
        return in;
    }

    /** The configured command line, with error handling that never prints a stack trace. */
    public static CommandLine commandLine() {
        return commandLine(new Main());
    }

    private static CommandLine commandLine(Main main) {
        CommandLine cli = new CommandLine(main);
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
