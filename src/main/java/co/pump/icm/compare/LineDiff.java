package co.pump.icm.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * A compact line diff for a person, used to show how two inline policies differ: changed lines
 * with {@code -} and {@code +}, one line of context around them, and {@code ...} for the unchanged
 * lines in between. Lines in common at both ends are skipped first; the rest is aligned by longest
 * common subsequence when small enough, otherwise shown as one replaced block.
 */
final class LineDiff {

    /** Above this many cells the middle is shown as a replaced block rather than aligned. */
    private static final long MAX_CELLS = 1_000_000;
    private static final int CONTEXT = 1;

    private enum Op { SAME, REMOVED, ADDED }

    private record Line(Op op, String text) {
    }

    private LineDiff() {
    }

    /**
     * The diff of two texts given as lines, at most {@code maxLines} lines long (the rest is
     * summarised in a last line).
     */
    static List<String> render(List<String> left, List<String> right, int maxLines) {
        List<Line> lines = diff(left, right);
        var out = new ArrayList<String>();
        boolean skipped = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.op() == Op.SAME && !nearChange(lines, i)) {
                if (!skipped) {
                    out.add("  ...");
                    skipped = true;
                }
                continue;
            }
            skipped = false;
            out.add(switch (line.op()) {
                case SAME -> "  " + line.text();
                case REMOVED -> "- " + line.text();
                case ADDED -> "+ " + line.text();
            });
        }
        if (out.size() > maxLines) {
            int more = out.size() - (maxLines - 1);
            var shortened = new ArrayList<>(out.subList(0, maxLines - 1));
            shortened.add("  ... (" + more + " more lines)");
            return shortened;
        }
        return out;
    }

    private static boolean nearChange(List<Line> lines, int index) {
        for (int i = Math.max(0, index - CONTEXT); i <= Math.min(lines.size() - 1, index + CONTEXT); i++) {
            if (lines.get(i).op() != Op.SAME) {
                return true;
            }
        }
        return false;
    }

    private static List<Line> diff(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        var lines = new ArrayList<Line>();
        for (int i = 0; i < prefix; i++) {
            lines.add(new Line(Op.SAME, a.get(i)));
        }
        List<String> midA = a.subList(prefix, a.size() - suffix);
        List<String> midB = b.subList(prefix, b.size() - suffix);
        if ((long) midA.size() * midB.size() <= MAX_CELLS) {
            aligned(midA, midB, lines);
        } else {
            midA.forEach(text -> lines.add(new Line(Op.REMOVED, text)));
            midB.forEach(text -> lines.add(new Line(Op.ADDED, text)));
        }
        for (int i = a.size() - suffix; i < a.size(); i++) {
            lines.add(new Line(Op.SAME, a.get(i)));
        }
        return lines;
    }

    // Longest common subsequence by dynamic programming, then a walk from the start.
    private static void aligned(List<String> a, List<String> b, List<Line> out) {
        int n = a.size();
        int m = b.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                out.add(new Line(Op.SAME, a.get(i++)));
                j++;
            } else if (j == m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
                out.add(new Line(Op.REMOVED, a.get(i++)));
            } else {
                out.add(new Line(Op.ADDED, b.get(j++)));
            }
        }
    }
}
