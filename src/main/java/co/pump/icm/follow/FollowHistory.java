package co.pump.icm.follow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import co.pump.icm.model.MigratorException;

/**
 * What a journal says about following the accounts: which accounts each run awaited and since
 * when, when each arrived and when its users got access, and the IDs of what each run created.
 * Runs into the same instance are read together, so that a run that picks up where an earlier one
 * stopped knows since when an account has been awaited. Lines it does not know are passed over, and
 * a last line cut short (a killed run) is ignored.
 */
public final class FollowHistory {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private record Entry(String type, String runId, Instant time, JsonNode node) {
    }

    private final List<Entry> entries;
    /** The instance each run wrote to, in the order the runs started. */
    private final Map<String, String> runs;

    private FollowHistory(List<Entry> entries, Map<String, String> runs) {
        this.entries = entries;
        this.runs = runs;
    }

    /**
     * Reads a journal; a journal that does not exist yet has no history.
     *
     * @throws MigratorException (bad input) when the file cannot be read
     */
    public static FollowHistory read(Path journal) {
        List<String> lines;
        try {
            lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            lines = List.of();
        } catch (IOException e) {
            throw MigratorException.badInput("Cannot read the journal " + journal + ": " + e.getMessage());
        }
        var entries = new ArrayList<Entry>();
        var runs = new LinkedHashMap<String, String>();
        for (String line : lines) {
            JsonNode node = parse(line);
            if (node == null || !node.path("type").isTextual() || !node.path("runId").isTextual()) {
                continue;
            }
            var entry = new Entry(node.get("type").asText(), node.get("runId").asText(), instant(node.path("time")), node);
            if ("run".equals(entry.type())) {
                runs.put(entry.runId(), node.path("target").path("instanceArn").asText(""));
            }
            entries.add(entry);
        }
        return new FollowHistory(entries, runs);
    }

    /** True when the run followed the accounts (it has a {@code follow} line). */
    public boolean followed(String runId) {
        return entries.stream().anyMatch(e -> e.runId().equals(runId) && FollowJournal.START.equals(e.type()));
    }

    /** How the run's following ended, or null when it did not end (still following, or killed) or never began. */
    public FollowEnd end(String runId) {
        FollowEnd end = null;
        for (Entry e : entries) {
            if (e.runId().equals(runId) && FollowJournal.END.equals(e.type())) {
                end = FollowEnd.valueOf(e.node().path("reason").asText());
            }
        }
        return end;
    }

    /**
     * The timeline of every account awaited by this run or by an earlier run into the same
     * instance, in the order they were first awaited.
     */
    public List<AccountTimeline> timelines(String runId) {
        var timelines = new LinkedHashMap<String, AccountTimeline>();
        for (Entry e : entriesUpTo(runId)) {
            switch (e.type()) {
                case FollowJournal.START -> {
                    for (AwaitedAccount account : awaited(e.node())) {
                        AccountTimeline known = timelines.get(account.accountId());
                        timelines.put(account.accountId(), known != null
                                ? new AccountTimeline(known.accountId(), known.accountName(), account.assignments().size(),
                                        known.awaitedSince(), known.joinedAt(), known.seenAt(), known.accessAt(),
                                        known.given(), known.notDone())
                                : new AccountTimeline(account.accountId(), account.accountName(),
                                        account.assignments().size(), timeOf(e, "since"), null, null, null, 0, 0));
                    }
                }
                case FollowJournal.ARRIVAL -> timelines.computeIfPresent(e.node().path("accountId").asText(),
                        (id, t) -> t.seenAt() != null ? t : t.arrived(instant(e.node().path("joinedAt")), timeOf(e, "seenAt")));
                case FollowJournal.ACCESS -> timelines.computeIfPresent(e.node().path("accountId").asText(),
                        (id, t) -> t.access(timeOf(e, "at"), e.node().path("given").asInt(),
                                e.node().path("notDone").asInt()));
                default -> {
                    // Import lines, and lines of kinds this version does not know.
                }
            }
        }
        return List.copyOf(timelines.values());
    }

    /**
     * The accounts earlier runs into the same instance awaited whose users did not get all their
     * access, with what awaits them, as the latest of those runs listed them.
     */
    List<AwaitedAccount> unfinishedBefore(String runId) {
        var awaited = new LinkedHashMap<String, AwaitedAccount>();
        for (Entry e : entriesUpTo(runId)) {
            if (!e.runId().equals(runId) && FollowJournal.START.equals(e.type())) {
                awaited(e.node()).forEach(a -> awaited.put(a.accountId(), a));
            }
        }
        var done = new HashMap<String, Boolean>();
        for (AccountTimeline t : timelines(runId)) {
            done.put(t.accountId(), t.status() == AccountTimeline.Status.ACCESS_GIVEN);
        }
        return awaited.values().stream().filter(a -> !done.getOrDefault(a.accountId(), false)).toList();
    }

    /** The accounts this run has already recorded as arrived. */
    List<String> arrivedIn(String runId) {
        return entries.stream().filter(e -> e.runId().equals(runId) && FollowJournal.ARRIVAL.equals(e.type()))
                .map(e -> e.node().path("accountId").asText()).toList();
    }

    /** The IDs each change of the run produced, for the changes that succeeded, by change ID. */
    Map<String, Map<String, String>> createdIds(String runId) {
        var ids = new HashMap<String, Map<String, String>>();
        for (Entry e : entries) {
            if (e.runId().equals(runId) && "change".equals(e.type()) && "SUCCEEDED".equals(e.node().path("status").asText())) {
                var produced = new HashMap<String, String>();
                e.node().path("ids").fields().forEachRemaining(f -> produced.put(f.getKey(), f.getValue().asText()));
                ids.put(e.node().path("changeId").asText(), produced);
            }
        }
        return ids;
    }

    /** When the latest of these changes succeeded in any run into the run's instance, or null if one never did. */
    Instant lastSucceeded(String runId, List<String> changeIds) {
        var at = new HashMap<String, Instant>();
        for (Entry e : entriesUpTo(runId)) {
            if ("change".equals(e.type()) && "SUCCEEDED".equals(e.node().path("status").asText())) {
                at.put(e.node().path("changeId").asText(), e.time());
            }
        }
        Instant last = null;
        for (String id : changeIds) {
            Instant t = at.get(id);
            if (t == null) {
                return null;
            }
            last = last == null || t.isAfter(last) ? t : last;
        }
        return last;
    }

    /** The entries of this run and of the runs before it into the same instance, in file order. */
    private List<Entry> entriesUpTo(String runId) {
        String instance = runs.get(runId);
        var included = new ArrayList<String>();
        for (Map.Entry<String, String> run : runs.entrySet()) {
            if (run.getValue().equals(instance)) {
                included.add(run.getKey());
            }
            if (run.getKey().equals(runId)) {
                break;
            }
        }
        return entries.stream().filter(e -> included.contains(e.runId())).toList();
    }

    private static List<AwaitedAccount> awaited(JsonNode follow) {
        var result = new ArrayList<AwaitedAccount>();
        for (JsonNode account : follow.path("awaited")) {
            try {
                result.add(JSON.treeToValue(account, AwaitedAccount.class));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                // A damaged entry says nothing reliable about that account.
            }
        }
        return result;
    }

    /** The instant in the field, or the line's own time when it has none. */
    private static Instant timeOf(Entry e, String field) {
        Instant at = instant(e.node().path(field));
        return at != null ? at : e.time();
    }

    private static JsonNode parse(String line) {
        if (line.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Instant instant(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
