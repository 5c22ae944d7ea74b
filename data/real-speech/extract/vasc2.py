"""New parts of the VA 21-526EZ supplemental-claim sessions (chunk 15): the prototype walk-throughs,
prototype introductions and wrap-up comparisons of P03, P06 and P13 that come after the first page
used by vasc.py. Same files, same study (va-526ez-supplemental-2025-10), public domain (US government
work), read at commit 4a80d839 through the search tools' read_file and copied verbatim to
/work/corpus/raw/vasc2/ as contiguous excerpts, each cut at a speaker boundary:
  P03-new   00:15:56-00:31:14 (follows the first page directly)   P03-new2  00:41:04-end
  P06-new   00:45:05-01:00:37                                      P13-new   00:32:00-00:37:28
  P13-new2  01:07:25-end
The team member Scott (asks questions at the end of P03) is an interviewer like Kim, Maddie, Madeline.
Items whose text already occurs in a written chunk are dropped; ids get a part letter (p03b, p03c...).
"""
import re, os, sys, json, glob, collections
sys.path.insert(0, os.path.dirname(__file__))
from common import make_items, write_jsonl

RAW = '/work/corpus/raw/vasc2'
BASE = 'products/disability/526ez/research/CC-Team-Research/2025-10-Supplemental-Claim/Transcripts/'
SRC = 'github.com/department-of-veterans-affairs/va.gov-team/' + BASE + '{f} (public domain, US government work)'
FILES = {'P03-new.txt': ('P03-transcript-20251125.txt', 'p03b'), 'P03-new2.txt': ('P03-transcript-20251125.txt', 'p03c'),
         'P06-new.txt': ('P06-transcript-20251126.txt', 'p06b'), 'P13-new.txt': ('P13-transcript-20251209.txt', 'p13b'),
         'P13-new2.txt': ('P13-transcript-20251209.txt', 'p13c')}
TEAM = {'Kim Ladin', 'Kim', 'Maddie', 'Madeline Fritz', 'Madeline', 'Kim - Moderator', 'Maddie - Moderator', 'Scott'}
SEG = re.compile(r'(?:\d\d:\d\d:\d\d)?(Kim - Moderator|Maddie - Moderator|Kim Ladin|Kim|Maddie|Madeline Fritz|Madeline|Scott|P\d\d): ')


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
    seen = {json.loads(l)['text'] for f in glob.glob('/work/corpus/chunks/*.jsonl') for l in open(f)}
    items = []
    for f, (name, part) in FILES.items():
        turns = parse(os.path.join(RAW, f))
        its, _ = make_items(turns, range(len(turns)), 'va-526ez-supplemental-2025-10', SRC.format(f=name),
                            f'rs-vasc-{part}')
        if f == 'P03-new.txt':  # P03-new follows the first page directly: its first context is that page's last P03 turn
            prev = [t for t in parse('/work/corpus/raw/vasc/P03-transcript-20251125.txt.part') if t['role'] == 'interviewee']
            from common import tail_words
            its[0]['context'] = tail_words(prev[-1]['text'])
        for it in its:
            if it['text'] not in seen:
                seen.add(it['text']); items.append(it)
    write_jsonl('/work/corpus/pool/vasc2.jsonl', items)
    print('vasc2', len(items), collections.Counter(i['role'] for i in items),
          collections.Counter(i['id'].split('-')[2] for i in items))


if __name__ == '__main__':
    main()
