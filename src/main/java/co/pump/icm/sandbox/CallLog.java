package co.pump.icm.sandbox;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every request the sandbox answered, in memory for tests and optionally appended to a file as
 * one JSON object per line with exactly the keys {@code time, account, service, operation,
 * status, error}. Thread-safe.
 */
public final class CallLog implements Closeable {

    /** Operation name prefixes that change state. */
    static final List<String> WRITE_PREFIXES = List.of("Create", "Update", "Delete", "Put", "Attach", "Detach",
            "Provision", "Tag", "Untag", "Register", "Deregister", "Enable", "Disable");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConcurrentLinkedQueue<CallRecord> records = new ConcurrentLinkedQueue<>();
    private final BufferedWriter file;

    /** A log kept in memory only. */
    public CallLog() {
        this.file = null;
    }

    /** A log kept in memory and appended to {@code file}, which is created when missing. */
    public CallLog(Path file) throws IOException {
        this.file = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    /** Adds a record, and appends it to the file when there is one. */
    public void add(CallRecord record) {
        records.add(record);
        if (file != null) {
            String line = toJson(record);
            synchronized (file) {
                try {
                    file.write(line);
                    file.newLine();
                    file.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not append to the call log", e);
                }
            }
        }
    }

    /** All records, oldest first. */
    public List<CallRecord> records() {
        return new ArrayList<>(records);
    }

    /** Records that match a condition, oldest first. */
    public List<CallRecord> records(Predicate<CallRecord> condition) {
        return records.stream().filter(condition).toList();
    }

    /** How many requests named this operation (in any service). */
    public long count(String operation) {
        return records.stream().filter(r -> operation.equals(r.operation())).count();
    }

    /** How many requests of this service named this operation. */
    public long count(String service, String operation) {
        return records.stream().filter(r -> service.equals(r.service()) && operation.equals(r.operation())).count();
    }

    /** Request counts by operation name, sorted by name. */
    public Map<String, Long> countByOperation() {
        var counts = new TreeMap<String, Long>();
        for (CallRecord r : records) {
            counts.merge(String.valueOf(r.operation()), 1L, Long::sum);
        }
        return counts;
    }

    /** True when any request was a write operation (successful or not). */
    public boolean anyWrite() {
        return records.stream().anyMatch(CallRecord::isWrite);
    }

    /** The write requests (successful or not), oldest first. */
    public List<CallRecord> writes() {
        return records(CallRecord::isWrite);
    }

    /** Forgets the in-memory records (the file keeps its lines). */
    public void clear() {
        records.clear();
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            synchronized (file) {
                file.close();
            }
        }
    }

    static String toJson(CallRecord record) {
        ObjectNode line = JSON.createObjectNode();
        line.put("time", record.time().toString());
        line.put("account", record.account());
        line.put("service", record.service());
        line.put("operation", record.operation());
        line.put("status", record.status());
        line.put("error", record.error());
        return line.toString();
    }
}
