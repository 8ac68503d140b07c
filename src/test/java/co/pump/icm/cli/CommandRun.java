package co.pump.icm.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of {@code icm} through {@link Main#run}: the exit code and what went to stdout and stderr. */
record CommandRun(int exitCode, String out, String err) {

    /** A run that reads the given text as its input (answers to prompts). */
    static CommandRun withInput(String input, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.run(args, new java.io.BufferedReader(new java.io.StringReader(input)), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new CommandRun(code, out.toString(), err.toString());
    }

    static CommandRun of(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandRun(code, out.toString(), err.toString());
    }
}
