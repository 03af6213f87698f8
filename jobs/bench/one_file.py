"""Writes a folder of JSON articles (one object per file, walked in name order) as one JSON Lines
file, one compact object per line. Usage: one_file.py SOURCE_DIR TARGET.jsonl"""
import json
import os
import sys


def main():
    source, target = sys.argv[1], sys.argv[2]
    names = []
    for folder, _, files in os.walk(source, followlinks=True):
        names.extend(os.path.join(folder, name) for name in files if name.endswith(".json"))
    with open(target, "w", encoding="utf-8") as out:
        for name in sorted(names):
            with open(name, encoding="utf-8") as handle:
                out.write(json.dumps(json.load(handle), ensure_ascii=False) + "\n")
    print(f"one_file: {len(names)} articles -> {target}", file=sys.stderr)


if __name__ == "__main__":
    main()
