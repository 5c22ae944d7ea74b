"""Changelog podcast transcripts (thechangelog/transcripts, CC BY-SA 4.0).

Turns are "**Name:** text" paragraphs (unnamed paragraphs continue the speaker). Hosts (speakers in
>= 5 episodes of a show, plus the network's regular hosts) are the interviewer; the single guest of
the episode is the interviewee. Only episodes with exactly one guest are used; a fixed-seed sample of
episodes per show; from each, two consecutive runs of turns plus the turn before/at rare-label cues.
"""
import re, os, sys, random, collections, json
sys.path.insert(0, os.path.dirname(__file__))
from common import make_items, select_turns, write_jsonl

RAW = '/work/corpus/raw/changelog'
SRC = 'github.com/thechangelog/transcripts/{path} (CC BY-SA 4.0)'
NOT_SPEAKERS = {'Break', 'Jingle', 'Outro', 'Intro', 'Sponsor'}
REGULARS = {'Jerod Santo', 'Adam Stacoviak'}
SHOWS = {'podcast': 5, 'shipit': 4, 'gotime': 4, 'jsparty': 4, 'founderstalk': 5, 'practicalai': 5, 'rfc': 4, 'bigtent': 3, 'afk': 3}
STUDY = {'podcast': 'changelog-podcast', 'shipit': 'changelog-shipit', 'gotime': 'changelog-gotime',
         'jsparty': 'changelog-jsparty', 'founderstalk': 'changelog-founderstalk',
         'practicalai': 'changelog-practicalai', 'rfc': 'changelog-rfc',
         'bigtent': 'changelog-bigtent', 'afk': 'changelog-afk'}
NAME = re.compile(r'^\*\*([^*:]+):\*\*:?\s*(.*)$|^\*\*([^*]+)\*\*:\s*(.*)$')


def unescape(s):
    return re.sub(r'\\([\[\]*_#()`>-])', r'\1', s)


def parse(text):
    turns = []  # (speaker, text)
    for para in re.split(r'\n\s*\n', text):
        para = para.strip()
        if not para:
            continue
        m = NAME.match(para)
        if m:
            sp = (m.group(1) or m.group(3)).strip()
            body = m.group(2) if m.group(1) else m.group(4)
            if sp in NOT_SPEAKERS:
                turns.append((None, ''))
                continue
            turns.append((sp, unescape(body.strip())))
        elif turns and turns[-1][0]:
            sp, body = turns[-1]
            turns[-1] = (sp, body + ' ' + unescape(para))
    return [t for t in turns if t[0]]


def main(exclude=()):
    items = []
    rng = random.Random(17)
    for show, n_eps in SHOWS.items():
        files = sorted(os.listdir(os.path.join(RAW, show)))
        eps = {f: parse(open(os.path.join(RAW, show, f), encoding='utf-8').read()) for f in files}
        cnt = collections.Counter()
        for t in eps.values():
            cnt.update({s for s, _ in t})
        hosts = {s for s, c in cnt.items() if c >= 5} | REGULARS
        cands = []
        for f, t in eps.items():
            path = f'{show}/{f}'
            if path in exclude:
                continue
            guests = {s for s, _ in t} - hosts
            if len(guests) == 1 and len(t) >= 60:
                cands.append(f)
        rng.shuffle(cands)
        for f in cands[:n_eps]:
            path = f'{show}/{f}'
            turns = [{'speaker': s, 'role': 'interviewer' if s in hosts else 'interviewee', 'text': x}
                     for s, x in eps[f]]
            keep = select_turns(turns, runs=((0.25, 12), (0.65, 8)), max_hits=8)
            ep = re.sub(r'\.md$', '', f)
            its, _ = make_items(turns, keep, STUDY[show], SRC.format(path=path), f'rs-{STUDY[show]}-{ep}', max_pieces=3)
            items += its
    write_jsonl('/work/corpus/pool/changelog.jsonl', items)
    c = collections.Counter((i['study'], i['role']) for i in items)
    for k in sorted(c):
        print(k, c[k])
    print('changelog', len(items))


if __name__ == '__main__':
    main()
