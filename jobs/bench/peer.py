"""The peer a researcher writes by hand: TF-IDF (title twice + text, English stopwords, sublinear
tf, max_df 0.5) and average-link agglomerative clustering on cosine distance (threshold 0.8),
with scikit-learn. Quadratic in articles (the full distance matrix). Usage: peer.py DIR LIMIT
Prints: peer articles=N clusters=C seconds=S
"""
import json
import os
import sys
import time

from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_distances


def main():
    start = time.time()
    folder, limit = sys.argv[1], int(sys.argv[2])
    texts = []
    for name in sorted(os.listdir(folder))[:limit]:
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            article = json.load(handle)
        title = article.get("title") or ""
        texts.append(f"{title} {title} {article.get('content_original') or article.get('content') or ''}")
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True, max_df=0.5).fit_transform(texts)
    distances = cosine_distances(matrix)  # dense n x n: the quadratic part
    labels = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=0.8
    ).fit_predict(distances)
    print(f"peer articles={len(texts)} clusters={len(set(labels))} seconds={time.time() - start:.1f}")


if __name__ == "__main__":
    main()
