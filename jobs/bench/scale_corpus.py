"""Writes K copies of a folder of ABP JSON articles (one per file) as new, distinct coverage.

Copy k (1..K-1) gets new ids (ID-ck), new outlets ("<source> k"), dates shifted by k*3653 days
(so they never share an event window with the originals), and every capitalised word and number
marked with the copy number, so they are new events and not near-duplicate copies of the
originals (the syndication stage would otherwise join them to the originals' events).
Usage: scale_corpus.py SOURCE_DIR TARGET_DIR K [LIMIT]
Copy 0 is the original set itself (symlinks).
"""
import datetime
import json
import os
import re
import sys

NAME = re.compile(r"\b([A-Z][a-z]+|\d+)\b")


def mark(text, k):
    return NAME.sub(lambda m: m.group(1) + "q" * k, text) if isinstance(text, str) else text


def shift(date, k):
    try:
        day = datetime.date.fromisoformat(str(date)[:10])
    except ValueError:
        return date
    return (day + datetime.timedelta(days=3653 * k)).isoformat()


def main():
    source, target, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
    limit = int(sys.argv[4]) if len(sys.argv) > 4 else None
    names = sorted(os.listdir(source))[:limit]
    os.makedirs(target, exist_ok=True)
    for name in names:
        os.symlink(os.path.join(source, name), os.path.join(target, name))
    for k in range(1, copies):
        for name in names:
            with open(os.path.join(source, name), encoding="utf-8") as handle:
                article = json.load(handle)
            article["ID"] = f"{article.get('ID', name[:-5])}-c{k}"
            article["source"] = f"{article.get('source', '')} {k}"
            article["date"] = shift(article.get("date", ""), k)
            for field in ("title", "content", "content_original"):
                article[field] = mark(article.get(field), k)
            for field in ("url", "source_url"):
                if article.get(field):
                    article[field] = f"{article[field]}#copy{k}"
            with open(os.path.join(target, f"{name[:-5]}-c{k}.json"), "w", encoding="utf-8") as out:
                json.dump(article, out)
    print(f"{len(names) * copies} articles in {target}")


if __name__ == "__main__":
    main()
