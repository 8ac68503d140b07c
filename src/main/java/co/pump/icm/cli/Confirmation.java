package co.pump.icm.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Asks the person at the terminal to confirm a write to an AWS account by typing the account ID
 * (or its last four digits): a deliberate act, and a check that they are signed in where they
 * think they are.
 */
final class Confirmation {

    private Confirmation() {
    }

    /**
     * @param what what confirming does, e.g. {@code make these 12 changes}
     * @param use  the option to give instead when there is no terminal, e.g. {@code --yes to import}
     * @return true when the answer is the account ID or its last four digits
     */
    static boolean byAccountId(BufferedReader in, PrintWriter err, String account, String what, String use)
            throws IOException {
        err.printf("Type the target account ID %s (or its last four digits) to %s: ", account, what);
        err.flush();
        String answer = in == null ? null : in.readLine();
        if (answer == null) {
            err.println();
            err.println("No answer (no terminal?): use " + use + " without being asked.");
            return false;
        }
        answer = answer.strip();
        return answer.equals(account) || (answer.length() == 4 && account.endsWith(answer));
    }
}
