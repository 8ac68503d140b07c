package co.pump.icm.snapshot;

/**
 * One thing wrong with a snapshot file, e.g.
 * {@code acme.json: users[3] (alice@acme.com): userName must not contain whitespace}.
 *
 * @param file     the file's name, or null when the message names the file by its path
 * @param location the JSON path of the entity and its natural key in parentheses, e.g.
 *                 {@code users[3] (alice@acme.com)}; null when the message says where
 * @param message  what is wrong, naming the field relative to the location
 */
public record SnapshotProblem(String file, String location, String message) {

    @Override
    public String toString() {
        String prefix = file == null ? "" : file + ": ";
        return location == null ? prefix + message : prefix + location + ": " + message;
    }
}
