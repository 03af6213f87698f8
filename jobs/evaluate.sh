#!/usr/bin/env bash
# Scores Parallax output against gold labels.
#   jobs/evaluate.sh events --gold GOLD.csv --pred REPORT_DIR/event_articles.csv
# GOLD.csv has the header article_id,event_id. Prints b3, pairwise and ari lines.
#   jobs/evaluate.sh claims --gold GOLD.json --input ARTICLES.jsonl --pred REPORT_DIR
# GOLD.json as in ../shared/datasets/claims-dev (GUIDE.md); prints found, aligned, row_cells,
# purity, distinct_top10, denial and one-sided lines (definitions in docs/claims.md).
#   jobs/evaluate.sh attribution --text DIR --ann DIR          (PolNeAR layout)
#   jobs/evaluate.sh cue-train --text DIR --ann DIR --out conf/cue-tagger.txt
#   jobs/evaluate.sh attribution-train --text DIR --ann DIR --out conf/span-tagger.txt
# (learn the cue tagger / the source-and-content span tagger on PolNeAR's train split)
#   jobs/evaluate.sh pos-distil --text DIR --out conf/pos-lexicon.tsv
# (the span tagger's part-of-speech lexicon: each word's commonest tag in OpenNLP's tagging of
# PolNeAR's train texts)
#   jobs/evaluate.sh stance --stances S.csv --bodies B.csv [--method model|rule]   (FNC-1 layout)
#   jobs/evaluate.sh stance-train --stances S.csv --bodies B.csv --out FILE [--folds 5]
#   jobs/evaluate.sh rebuttal-train --gold GOLD.json --input ARTICLES.jsonl --out FILE
# (learn the rebuttal model, conf/rebuttal-model.properties, on claims-dev's layout; prints the
# denial scores with the cues alone, cross-validated by event, and in-sample)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
parallax_build_if_needed || { echo "evaluate: build failed" >&2; exit 1; }
# shellcheck disable=SC2046
exec java $(parallax_jvm_options) -Dlog4j2.configurationFile="$PARALLAX_HOME/conf/log4j2.properties" \
  -cp "$(parallax_classpath)" dev.parallax.job.Evaluate "$@"
