"""Second pass of rare-label candidates (pitch, commitment, feature request, leading) from Changelog
episodes used neither for the runs nor for the first pass (changelog_hits.py), to raise the number of
candidates for the rarest labels. Same cue phrases and caps; ids end in -k<n>.
"""
import re, os, sys, random, collections, json
sys.path.insert(0, os.path.dirname(__file__))
import changelog as C
from changelog_hits import STRICT_RE
from common import split_utterances, tail_words, write_jsonl

TARGET = {'pitch': 90, 'commitment': 90, 'feature_request': 50, 'leading_question': 30}
PER_SHOW = 14


def main():
    used = {json.loads(l)['source'] for f in ('changelog', 'changelog_hits')
            for l in open(f'/work/corpus/pool/{f}.jsonl')}
    excl = [l.strip() for l in open('/work/corpus/scenario-exclude.txt') if l.strip()]
    rng = random.Random(4242)
    eps_all = []
    for show in C.SHOWS:
        files = sorted(os.listdir(os.path.join(C.RAW, show)))
        eps = {f: C.parse(open(os.path.join(C.RAW, show, f), encoding='utf-8').read()) for f in files}
        cnt = collections.Counter()
        for t in eps.values():
            cnt.update({s for s, _ in t})
        hosts = {s for s, c in cnt.items() if c >= 5} | C.REGULARS
        for f, t in eps.items():
            path = f'{show}/{f}'
            if C.SRC.format(path=path) in used or any(e in path for e in excl):
                continue
            guests = {s for s, _ in t} - hosts
            if 1 <= len(guests) <= 2 and len(t) >= 30:
                eps_all.append((show, f, t, hosts))
    rng.shuffle(eps_all)
    got = collections.Counter(); per_show = collections.Counter(); items = []
    for show, f, t, hosts in eps_all:
        ep = f[:-3]; study = C.STUDY[show]
        last = {'interviewer': '', 'interviewee': ''}
        taken = set(); k = 0
        for s, x in t:
            role = 'interviewer' if s in hosts else 'interviewee'
            other = 'interviewee' if role == 'interviewer' else 'interviewer'
            if len(taken) < 2:
                for u in split_utterances(x):
                    fam = [lab for lab in TARGET if STRICT_RE[lab][0] == role and STRICT_RE[lab][1].search(u)
                           and lab not in taken and got[lab] < TARGET[lab] and per_show[(show, lab)] < PER_SHOW]
                    if fam and last[other]:
                        lab = fam[0]; taken.add(lab); got[lab] += 1; per_show[(show, lab)] += 1
                        items.append({'id': f'rs-{study}-{ep}-k{k}', 'role': role, 'text': u,
                                      'context': tail_words(last[other]), 'source': C.SRC.format(path=f'{show}/{f}'),
                                      'study': study, 'labels': [], 'tags': []})
                        k += 1
                        break
            last[role] = x
    rng.shuffle(items)
    write_jsonl('/work/corpus/pool/changelog_hits2.jsonl', items)
    print('hits2', len(items), dict(got))


if __name__ == '__main__':
    main()
