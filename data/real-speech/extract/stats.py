"""Counts over the written chunks: items per study and role, and rare-label CANDIDATES (utterances that
match the cue phrases used for sampling; candidates, not labels — the labels come from the two blind
passes). Prints Markdown tables for SOURCES.md."""
import json, glob, collections, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from changelog_hits import STRICT_RE

items = [json.loads(l) for f in sorted(glob.glob('/work/corpus/chunks/[0-9][0-9].jsonl')) for l in open(f)]
by = collections.Counter((i['study'], i['role']) for i in items)
studies = sorted({s for s, _ in by})
print(f'{len(items)} items in {len(glob.glob("/work/corpus/chunks/[0-9][0-9].jsonl"))} chunks; '
      f'interviewer {sum(v for (s, r), v in by.items() if r == "interviewer")}, '
      f'interviewee {sum(v for (s, r), v in by.items() if r == "interviewee")}\n')
print('| study | interviewer | interviewee | total |\n| --- | ---: | ---: | ---: |')
for s in studies:
    a, b = by[(s, 'interviewer')], by[(s, 'interviewee')]
    print(f'| {s} | {a} | {b} | {a + b} |')
cand = collections.Counter(); cand_study = collections.defaultdict(collections.Counter)
for i in items:
    for lab, (r, rx) in STRICT_RE.items():
        if i['role'] == r and rx.search(i['text']):
            cand[lab] += 1; cand_study[lab][i['study'].startswith('va-')] += 1
print('\n| label (cue-phrase candidates) | candidates | of which VA usability studies |\n| --- | ---: | ---: |')
for lab in STRICT_RE:
    print(f'| {lab} | {cand[lab]} | {cand_study[lab][True]} |')

print('\n| study | files (items) |\n| --- | --- |')
files = collections.defaultdict(collections.Counter)
for i in items:
    src = i['source'].split(' (')[0]
    files[i['study']][src.split('/')[-1]] += 1
for s in studies:
    n = len(files[s])
    shown = ', '.join(f'{f} ({c})' for f, c in sorted(files[s].items(), key=lambda x: -x[1])[:6])
    more = f' and {n - 6} more episodes with 1-6 items each (cue-phrase candidates, in chunk 14 each with its neighbouring turn)' if n > 6 else ''
    print(f'| {s} | {shown}{more} |')
