package co.pump.icm.follow;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;

import co.pump.icm.apply.Journal;

/**
 * The lines following the accounts adds to the journal of the import it continues, under the
 * import's run ID. The times the timelines show are fields of their own ({@code since}, {@code seenAt},
 * {@code at}), so that what is on screen and what the journal says are the same instants. The assignments it creates are
 * the import engine's own {@code change} lines, so an undo of the run undoes them too.
 * <ul>
 *   <li>{@code follow}: it starts waiting, at {@code since}; {@code awaited} (each account with the assignments the
 *       preview showed for it), {@code intervalMillis}, {@code until};</li>
 *   <li>{@code arrival}: an account is in the new organization; {@code accountId}, {@code joinedAt}
 *       (Organizations' JoinedTimestamp), {@code seenAt};</li>
 *   <li>{@code access}: the account's assignments were checked and made; {@code accountId},
 *       {@code created} (now), {@code given} (in place, counting those made before), {@code notDone},
 *       and {@code at}: when they were in place (earlier than the line when a later run's import made them);</li>
 *   <li>{@code follow-end}: it stopped; {@code reason} ({@link FollowEnd}), {@code stillAwaited},
 *       {@code problem} when AWS refused to answer.</li>
 * </ul>
 */
final class FollowJournal {

    static final String START = "follow";
    static final String ARRIVAL = "arrival";
    static final String ACCESS = "access";
    static final String END = "follow-end";

    private FollowJournal() {
    }

    static void start(Journal journal, Instant since, List<AwaitedAccount> awaited, Duration interval, Instant until) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("since", since.toString());
        fields.put("awaited", awaited);
        fields.put("intervalMillis", interval.toMillis());
        fields.put("until", until.toString());
        journal.write(START, fields);
    }

    static void arrival(Journal journal, String accountId, Instant joinedAt, Instant seenAt) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("accountId", accountId);
        fields.put("seenAt", seenAt.toString());
        fields.put("joinedAt", joinedAt == null ? null : joinedAt.toString());
        journal.write(ARRIVAL, fields);
    }

    /**
     * @param at when the assignments were in place: now, or earlier when an earlier import made them
     */
    static void access(Journal journal, String accountId, int created, int given, int notDone, Instant at) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("accountId", accountId);
        fields.put("at", at.toString());
        fields.put("created", created);
        fields.put("given", given);
        fields.put("notDone", notDone);
        journal.write(ACCESS, fields);
    }

    static void end(Journal journal, FollowEnd reason, List<String> stillAwaited, String problem) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("reason", reason.name());
        fields.put("stillAwaited", stillAwaited);
        fields.put("problem", problem);
        journal.write(END, fields);
    }
}
