"""Third pass: commitment candidates from episode wrap-ups (last 14 turns) of Changelog episodes not used
by the other pools — where guests agree to come back, send something, connect, meet. Cue phrases pick
candidates only. Ids end in -e<n>; at most one per episode.
"""
import re, os, sys, random, collections, json
sys.path.insert(0, os.path.dirname(__file__))
import changelog as C
from common import split_utterances, tail_words, write_jsonl

CUE = re.compile(r"\b(i'?d love to (come back|do (this|it|that) again|chat|join|talk)|happy to (come back|do (this|it|that) again|help|share|chat|talk|send)|i('ll| will) (come back|send|share|email|ping|reach out|follow up|put|connect|look into|check (it|that) out|be there|see you)|let'?s do (it|that|this)|count me in|sign me up|see you (there|at)|any ?time|we should (do|talk|chat|get together|meet))\b", re.I)
TARGET = 70


def main():
    used = {json.loads(l)['source'] for f in ('changelog', 'changelog_hits', 'changelog_hits2')
            for l in open(f'/work/corpus/pool/{f}.jsonl')}
    excl = [l.strip() for l in open('/work/corpus/scenario-exclude.txt') if l.strip()]
    rng = random.Random(99)
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
            if 1 <= len({s for s, _ in t} - hosts) <= 2 and len(t) >= 30:
                eps_all.append((show, f, t, hosts))
    rng.shuffle(eps_all)
    items = []
    for show, f, t, hosts in eps_all:
        if len(items) >= TARGET:
            break
        ep = f[:-3]; study = C.STUDY[show]
        last = {'interviewer': '', 'interviewee': ''}
        for idx, (s, x) in enumerate(t):
            role = 'interviewer' if s in hosts else 'interviewee'
            other = 'interviewee' if role == 'interviewer' else 'interviewer'
            if idx >= len(t) - 14 and role == 'interviewee' and last[other]:
                hit = next((u for u in split_utterances(x) if CUE.search(u)), None)
                if hit:
                    items.append({'id': f'rs-{study}-{ep}-e0', 'role': role, 'text': hit,
                                  'context': tail_words(last[other]), 'source': C.SRC.format(path=f'{show}/{f}'),
                                  'study': study, 'labels': [], 'tags': []})
                    break
            last[role] = x
    write_jsonl('/work/corpus/pool/changelog_hits3.jsonl', items)
    print('hits3', len(items), collections.Counter(i['study'] for i in items))


if __name__ == '__main__':
    main()
