"""Writes K copies of a folder of ABP JSON articles (one per file) as new, distinct coverage.

Copy k (1..K-1) gets new ids (ID-ck), new outlets ("<source> k"), dates shifted by k*3653 days,
every capitalised word, acronym, run of initials and number marked with the copy number (new
names: "Johnq", "FBIq", "U.S.Q."), and its lower-case
words swapped for other words of about the same corpus frequency (each word moves k places
within its block of BLOCK words in frequency order), so a copy reads like English with the
same word statistics but shares few five-word shingles with its original: the syndication
stage finds no copies and event clustering finds new events. Words of the cue lexicons in conf/
(reporting verbs, denial and doubt cues) and the most frequent words keep their place, so the
claim and denial stages see the same sentence shapes.
Usage: scale_corpus.py SOURCE_DIR TARGET_DIR K [LIMIT]
Copy 0 is the original set itself (symlinks).
"""
import collections
import datetime
import json
import os
import re
import sys
import urllib.parse

NAME = re.compile(r"\b([A-Z][A-Za-z]+|\d+)\b")
INITIALS = re.compile(r"\b((?:[A-Z]\.){2,})")
LOWER = re.compile(r"\b[a-z]{3,}\b")
TOP_KEPT = 50
BLOCK = 50
CONF = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "conf")
LEXICONS = ("attribution-cues.txt", "denial-cues.txt", "stance-cues.txt", "loaded-modifiers.txt")
FIELDS = ("title", "content", "content_original")


def protected_words():
    words = set()
    for name in LEXICONS:
        path = os.path.join(CONF, name)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as handle:
                for line in handle:
                    if not line.startswith("#"):
                        words.update(LOWER.findall(line.lower()))
    return words


def vocabulary(source, names):
    counts = collections.Counter()
    for name in names:
        with open(os.path.join(source, name), encoding="utf-8") as handle:
            article = json.load(handle)
        for field in FIELDS[:2]:
            if isinstance(article.get(field), str):
                counts.update(LOWER.findall(article[field]))
    kept = protected_words()
    ranked = [word for word, _ in counts.most_common()]
    return [word for word in ranked[TOP_KEPT:] if word not in kept]


def swaps(words, k):
    table = {}
    for start in range(0, len(words), BLOCK):
        block = words[start:start + BLOCK]
        for i, word in enumerate(block):
            table[word] = block[(i + k) % len(block)]
    return table


def rewrite(text, k, table):
    if not isinstance(text, str):
        return text
    text = LOWER.sub(lambda m: table.get(m.group(0), m.group(0)), text)
    text = INITIALS.sub(lambda m: m.group(1) + "Q." * k, text)
    return NAME.sub(lambda m: m.group(1) + "q" * k, text)


def copy_url(url, k):
    """A new address for copy k: a path segment, since URLs that differ only in the fragment,
    the scheme, "www." or a trailing slash are one address to the syndication stage."""
    parts = urllib.parse.urlsplit(str(url))
    path = parts.path.rstrip("/") + f"/copy{k}"
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def shift(date, k):
    try:
        day = datetime.date.fromisoformat(str(date)[:10])
    except ValueError:
        return date
    return (day + datetime.timedelta(days=3653 * k)).isoformat()


def main():
    # Copy 0 links to the originals: by absolute path, so that the links hold wherever they are.
    source, target, copies = os.path.abspath(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    limit = int(sys.argv[4]) if len(sys.argv) > 4 else None
    names = sorted(os.listdir(source))[:limit]
    os.makedirs(target, exist_ok=True)
    for name in names:
        os.symlink(os.path.join(source, name), os.path.join(target, name))
    words = vocabulary(source, names) if copies > 1 else []
    for k in range(1, copies):
        table = swaps(words, k)
        for name in names:
            with open(os.path.join(source, name), encoding="utf-8") as handle:
                article = json.load(handle)
            article["ID"] = f"{article.get('ID', name[:-5])}-c{k}"
            article["source"] = f"{article.get('source', '')} {k}"
            article["date"] = shift(article.get("date", ""), k)
            for field in FIELDS:
                article[field] = rewrite(article.get(field), k, table)
            for field in ("url", "source_url"):
                if article.get(field):
                    article[field] = copy_url(article[field], k)
            with open(os.path.join(target, f"{name[:-5]}-c{k}.json"), "w", encoding="utf-8") as out:
                json.dump(article, out)
    print(f"{len(names) * copies} articles in {target}")


if __name__ == "__main__":
    main()
