"""Collects the demo outputs of run.sh: the accept lines per operating point as a Markdown table, and a promtool
test case (accept-pull-case.yml) whose series is the eff_B 1e-3 run's window pulls, one sample per window."""
import pathlib
import re
import sys

out = pathlib.Path(sys.argv[1])
LINE = re.compile(r"accepted (outside the burst|in the burst) \((\d+) windows, (\d+) s\): (\d+) observed \(([\d.]+) Hz\), "
                  r"([\d.]+) ± ([\d.]+) expected \(([\d.]+) ± ([\d.]+) Hz\), pull (\S+)")
print("| operating point | windows | expected accepts | observed | pull | expected rate / Hz | observed rate / Hz |"
      " in the Z' burst: windows, expected, observed, pull |")
print("| --- | --- | --- | --- | --- | --- | --- | --- |")
for point, name in [("tier:1", "tier1"), ("eff_B 1e-3", "1e-3"), ("1 pb", "1pb"), ("20 Hz (1 % of 2 kHz)", "20Hz")]:
    text = (out / f"{name}.txt").read_text() if (out / f"{name}.txt").exists() else ""
    found = {m.group(1): m.groups() for m in LINE.finditer(text)}
    if "outside the burst" not in found:
        refusal = next((l for l in (out / f"{name}.err").read_text().splitlines() if "refused" in l), "no result") \
            if (out / f"{name}.err").exists() else "not run"
        print(f"| {point} | {refusal} | | | | | | |")
        continue
    q = found["outside the burst"]
    b = found.get("in the burst")
    burst = f"{b[1]}, {b[5]} ± {b[6]}, {b[3]}, {b[9]}" if b else "-"
    print(f"| {point} | {q[1]} ({q[2]} s) | {q[5]} ± {q[6]} | {q[3]} | {q[9]} | {q[7]} ± {q[8]} | {q[4]} | {burst} |")

# One sample a minute per window: the alert's `for: 2m` is three windows at the default 60 s windows.
rows = [l for l in (out / "1e-3.txt").read_text().splitlines() if re.match(r"\d\d:\d\d:\d\d ", l)] \
    if (out / "1e-3.txt").exists() else []
pulls = []
for row in rows:
    cells = row.replace("◀ burst", "").split()
    pulls.append(cells[-1] if cells[-1] != "-" else "NaN")
(out / "accept-pull-case.yml").write_text(
    "  # from docs/operating-points/run.sh, eff_B 1e-3: the pull of each closed 5 s window, one sample per window\n"
    "  - name: accept-rate pull of a run with a Z' burst (eff_B 1e-3), window by window\n"
    "    interval: 1m\n"
    "    input_series:\n"
    "      - series: 'adtrigger_window_accept_pull{instance=\"demo:8080\"}'\n"
    f"        values: '{' '.join(pulls)}'\n")
