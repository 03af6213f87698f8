"""Prints the benchmark table from bench.sh's results.tsv, the runs' logs and manifests.

Every stage of a run comes from its log ("stage NAME: end in S s"), in the order it ran, so the
stages after the manifest is written (write reports) are there too."""
import glob
import json
import os
import re
import sys

STAGE_END = re.compile(r"stage (.+?): end in ([0-9.]+) s")


def manifest(work, name):
    found = glob.glob(os.path.join(work, f"reports-{name}", "run_date=*", "manifest.json"))
    return json.load(open(found[0])) if found else None


def stages(log):
    seen = []
    if os.path.exists(log):
        for line in open(log, encoding="utf-8", errors="replace"):
            match = STAGE_END.search(line)
            if match:
                seen.append(f"{match.group(1)}={float(match.group(2)):.1f}")
    return "; ".join(seen)


def main():
    results, work, cores, memory = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    rows = {}
    for line in open(results):
        name, wall, rss, log = line.rstrip("\n").split("\t")
        rows[name] = (float(wall), int(rss), log)
    print(f"# Parallax benchmark: {cores} cores, {memory} GB RAM, Java local[*]")
    print()
    print("| run | articles | wall s | articles/s | peak RSS MB | vs floor | stages (s) |")
    print("|---|---|---|---|---|---|---|")
    base = None
    for name, (wall, rss, log) in rows.items():
        if not name.startswith("parallax-"):
            continue
        tag = name[len("parallax-"):]
        m = manifest(work, tag)
        articles = m["counts"]["read"] if m else 0
        floor = rows.get(f"floor-{tag}")
        ratio = f"{wall / floor[0]:.1f}x" if floor else ""
        label = "one file" if tag == "onefile" else tag
        print(f"| parallax {label} | {articles} | {wall:.0f} | {articles / wall:.0f} | {rss} | {ratio} | {stages(log)} |")
        if floor:
            print(f"| floor {label} | {articles} | {floor[0]:.0f} | {articles / floor[0]:.0f} | {floor[1]} | 1.0x | read+tokenise |")
        if tag.endswith("x") and base is None:
            base = (articles, wall)
        elif tag.endswith("x") and base:
            print(f"|  ({tag} / first: {articles / base[0]:.0f}x articles in {wall / base[1]:.2f}x time) | | | | | | |")
    for name, (wall, rss, _) in rows.items():
        if name.startswith("peer-"):
            n = name[len("peer-"):]
            print(f"| peer sklearn {n} | {n} | {wall:.0f} | {int(n) / wall:.0f} | {rss} | | tf-idf + average link |")


if __name__ == "__main__":
    main()
