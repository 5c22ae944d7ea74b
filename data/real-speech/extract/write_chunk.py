"""Write the next labelling chunk (/work/corpus/chunks/NN.jsonl) from the pools, mixing studies.

Items already written (ids and (source, text) pairs in earlier chunks) are never written again, and
chunks are never rewritten. Blocks of up to BLOCK consecutive items of one transcript are taken in
turn from each study so a chunk mixes studies. Sources listed in the scenario SOURCES.md (passed as
--exclude-file, one path fragment per line) are skipped.
"""
import json, os, glob, sys, argparse, collections

CH = '/work/corpus/chunks'
BLOCK = 12


def load(path):
    return [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--size', type=int, default=240)
    ap.add_argument('--exclude-file')
    ap.add_argument('--studies', help='comma list to restrict to')
    ap.add_argument('--id-prefixes', help='comma list: only items whose id starts with one of these')
    ap.add_argument('--pools', help='comma list of pool names (file stems) to draw from; default all')
    a = ap.parse_args()
    excl = []
    if a.exclude_file and os.path.exists(a.exclude_file):
        excl = [l.strip() for l in open(a.exclude_file) if l.strip() and not l.startswith('#')]
    done = sorted(glob.glob(os.path.join(CH, '[0-9][0-9].jsonl')))
    seen_ids, seen_txt = set(), set()
    for f in done:
        for it in load(f):
            seen_ids.add(it['id']); seen_txt.add((it['source'], it['text']))
    pool = []
    for f in sorted(glob.glob('/work/corpus/pool/*.jsonl')):
        if a.pools and os.path.basename(f)[:-6] not in a.pools.split(','):
            continue
        kind = 'hits' if 'hits' in os.path.basename(f) else 'runs'
        for it in load(f):
            it['_kind'] = kind
            pool.append(it)
    fresh = [it for it in pool if it['id'] not in seen_ids and (it['source'], it['text']) not in seen_txt
             and not any(e in it['source'] for e in excl)]
    if a.id_prefixes:
        fresh = [it for it in fresh if it['id'].startswith(tuple(a.id_prefixes.split(',')))]
    if a.studies:
        keep = set(a.studies.split(','))
        fresh = [it for it in fresh if it['study'] in keep]
    by_study = collections.OrderedDict()
    for it in fresh:
        by_study.setdefault((it['study'], it['_kind']), []).append(it)
    out = []
    while len(out) < a.size and any(by_study.values()):
        for s in list(by_study):
            q = by_study[s]
            if not q:
                continue
            src = q[0]['source']
            n = 0
            lim = BLOCK if s[1] == 'runs' else 3
            while q and (q[0]['source'] == src or s[1] == 'hits') and n < lim and len(out) < a.size:
                out.append(q.pop(0)); n += 1
    nn = f'{len(done):02d}'
    path = os.path.join(CH, nn + '.jsonl')
    assert not os.path.exists(path)
    with open(path + '.tmp', 'w', encoding='utf-8') as f:
        for it in out:
            it.pop('_kind', None)
            f.write(json.dumps(it, ensure_ascii=False) + '\n')
    os.rename(path + '.tmp', path)
    with open(os.path.join(CH, 'INDEX.md'), 'a') as f:
        f.write(f'{nn} complete, {len(out)} items\n')
    c = collections.Counter((it['study'], it['role']) for it in out)
    c = dict(sorted(c.items()))
    print(path, len(out), dict(c))
    print('remaining in pool:', sum(len(v) for v in by_study.values()))


if __name__ == '__main__':
    main()
