"""VA 10-10EZR health benefits update form, MVP user-acceptance/usability sessions, 2023-11
(department-of-veterans-affairs/va.gov-team, products/health-care/application/va-application/research/
2023-11-EZR MVP UAT/team-notes/Pn-Zoom Transcript.md, public domain: US government work).
Zoom WebVTT transcripts: numbered cue blocks, "hh:mm:ss.mmm --> ..." then "Name (Moderator): text" /
"Pn: text"; continuation lines of a block without a label belong to the block's speaker. Moderator
(Katelyn / Angela / Hieu) = interviewer, "Pn" = interviewee. Cue blocks whose first line carries no
speaker label are dropped (the role would be guessed). Consecutive blocks of one speaker are one turn.
Zoom's speaker attribution is kept as the source has it (a few blocks run a moderator's words into the
participant's block). Only contiguous excerpts were copied (".part", ".part-a", ".part-b"), each cut at
a cue-block boundary: the warm-up interview (past updates, notification, how they would update) and
the review of the static "update your health benefits information" page (open questions, 1-5 rating,
suggestions); screen-sharing troubleshooting and the form walk-through are not copied. Each excerpt
is cut separately (context does not cross an excerpt gap); ids run on within a participant.
"""
import re, os, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from common import make_items, write_jsonl

RAW = '/work/corpus/raw/vaezr'
BASE = 'products/health-care/application/va-application/research/2023-11-EZR MVP UAT/team-notes/'
SRC = 'github.com/department-of-veterans-affairs/va.gov-team/' + BASE + '{f} (public domain, US government work)'
STUDY = 'va-ezr-uat-2023-11'
LABEL = re.compile(r'^(\w+ \(Moderator\)|P\d+):\s?(.*)$')
TIME = re.compile(r'^\d\d:\d\d:\d\d\.\d+ --> \d\d:\d\d:\d\d\.\d+$')


def parse(path):
    turns = []
    blocks = re.split(r'\n\s*\n', open(path, encoding='utf-8').read())
    for b in blocks:
        lines = [l for l in b.split('\n') if l.strip()]
        if lines and lines[0].strip() == 'WEBVTT':
            lines = lines[1:]
        if lines and re.fullmatch(r'\d+', lines[0].strip()):
            lines = lines[1:]
        if lines and TIME.match(lines[0].strip()):
            lines = lines[1:]
        who = None
        for i, l in enumerate(lines):
            m = LABEL.match(l.strip())
            if m:
                who, text = m.group(1), m.group(2)
            elif i == 0:
                break  # block without a speaker label: dropped
            else:
                text = l.strip()
            role = 'interviewer' if '(Moderator)' in who else 'interviewee'
            if turns and turns[-1]['speaker'] == who:
                turns[-1]['text'] += ' ' + text
            else:
                turns.append({'speaker': who, 'role': role, 'text': text})
    return [t for t in turns if re.search(r'[A-Za-z]', t['text'])]


def main():
    items, nxt, seen = [], collections.defaultdict(int), collections.defaultdict(set)
    for f in sorted(os.listdir(RAW)):
        name = re.sub(r'\.part(-[a-z])?$', '', f)
        pid = name.split('-')[0].lower()
        turns = parse(os.path.join(RAW, f))
        its, nxt[pid] = make_items(turns, range(len(turns)), STUDY, SRC.format(f=name), f'rs-vaezr-{pid}',
                                   start=nxt[pid])
        for it in its:  # within one transcript an exact repeat (e.g. "Okay.") is written once
            if it['text'] in seen[pid]:
                continue
            seen[pid].add(it['text'])
            items.append(it)
        print(f, len(turns), 'turns', len(its), 'items')
    write_jsonl('/work/corpus/pool/vaezr.jsonl', items)
    print('vaezr', len(items), collections.Counter(i['role'] for i in items))


if __name__ == '__main__':
    main()
