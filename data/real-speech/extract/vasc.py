"""VA 21-526EZ supplemental-claim / condition-level research, 2025-10..12 (department-of-veterans-affairs/
va.gov-team, products/disability/526ez/research/CC-Team-Research/2025-10-Supplemental-Claim/Transcripts/,
public domain: US government work). Cleaned verbatim Zoom transcripts, written as one run of
"hh:mm:ssName: text" segments: the moderators (Kim, Maddie) and the team member who speaks up
(Madeline Fritz) = interviewer, "Pnn" = interviewee. Consecutive segments of one speaker are one turn.
Only the first 16,000-character page of each file was copied (".part"), cut at a segment boundary.
"""
import re, os, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from common import make_items, write_jsonl

RAW = '/work/corpus/raw/vasc'
BASE = 'products/disability/526ez/research/CC-Team-Research/2025-10-Supplemental-Claim/Transcripts/'
SRC = 'github.com/department-of-veterans-affairs/va.gov-team/' + BASE + '{f} (public domain, US government work)'
TEAM = {'Kim Ladin', 'Kim', 'Maddie', 'Madeline Fritz', 'Madeline', 'Kim - Moderator', 'Maddie - Moderator'}
SEG = re.compile(r'(?:\d\d:\d\d:\d\d)?(Kim - Moderator|Maddie - Moderator|Kim Ladin|Kim|Maddie|Madeline Fritz|Madeline|P\d\d): ')


def parse(path):
    text = open(path, encoding='utf-8').read().replace('\n', ' ')
    parts = SEG.split(text)
    turns = []
    for who, body in zip(parts[1::2], parts[2::2]):
        body = re.sub(r'\d\d:\d\d:\d\d$', '', body.strip()).strip()
        if not body:
            continue
        role = 'interviewer' if who in TEAM else 'interviewee'
        if turns and turns[-1]['speaker'] == who:
            turns[-1]['text'] += ' ' + body
        else:
            turns.append({'speaker': who, 'role': role, 'text': body})
    return [t for t in turns if re.search(r'[A-Za-z]', t['text'])]


def main():
    items = []
    for f in sorted(os.listdir(RAW)):
        name = f.replace('.part', '')
        turns = parse(os.path.join(RAW, f))
        its, _ = make_items(turns, range(len(turns)), 'va-526ez-supplemental-2025-10', SRC.format(f=name),
                            f'rs-vasc-{name.split("-")[0].lower()}')
        items += its
    write_jsonl('/work/corpus/pool/vasc.jsonl', items)
    print('vasc', len(items), collections.Counter(i['role'] for i in items))


if __name__ == '__main__':
    main()
