package org.adtrigger.trainer.tune;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The leaderboard as a fixed-width table: one row per trial, best first, with its loss at every rung. */
public final class LeaderboardTable {
    private LeaderboardTable() {
    }

    public static void print(PrintWriter out, HalvingSchedule schedule, List<TrialRecord<TrialConfig>> ranking) {
        int specWidth = Math.max(4, ranking.stream().mapToInt(r -> r.config().spec().length()).max().orElse(0));
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%4s %5s  %-" + specWidth + "s %9s %-8s",
                "rank", "trial", "spec", "lr", "scaler"));
        for (HalvingSchedule.Rung rung : schedule.rungs()) {
            header.append(String.format(Locale.ROOT, " %11s", "val@" + rung.epochs() + "ep"));
        }
        out.println(header);
        for (int rank = 0; rank < ranking.size(); rank++) {
            TrialRecord<TrialConfig> r = ranking.get(rank);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%4d %5d  %-" + specWidth + "s %9.3g %-8s",
                    rank + 1, r.id(), r.config().spec(), r.config().learningRate(), r.config().scalerName()));
            for (HalvingSchedule.Rung rung : schedule.rungs()) {
                row.append(r.rungs().stream().filter(x -> x.rung() == rung.index()).findFirst()
                        .map(x -> String.format(Locale.ROOT, " %11.5g", x.validationLoss()))
                        .orElse(String.format(Locale.ROOT, " %11s", "")));
            }
            r.failure().ifPresent(f -> row.append("  failed: ").append(f));
            out.println(row);
        }
        out.flush();
    }
}
